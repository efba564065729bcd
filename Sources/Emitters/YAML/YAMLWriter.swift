import LakeModel

/// Writes `YAMLValue` trees as deterministic, yamllint-clean YAML: two-space indentation,
/// `apiVersion`, `kind`, `metadata` first and then sorted keys, YAML-1.1-safe scalars, literal
/// blocks for multi-line strings.
public enum YAMLWriter {
    /// Keys that lead every mapping, in this order, as kubectl prints them.
    static let leadingKeys = ["apiVersion", "kind", "metadata"]

    /// A whole document: optional `#` header lines, the `---` marker, the body, a final newline.
    public static func document(_ value: YAMLValue, header: [String] = []) -> String {
        var output = YAMLOutput()
        for comment in header { output.line(indent: 0, comment.isEmpty ? "#" : "# \(comment)") }
        output.line(indent: 0, "---")
        write(value, indent: 0, to: &output)
        return output.text
    }

    /// Whether the writer writes `text` as a plain scalar, unquoted.
    public static func writesPlain(_ text: String) -> Bool { !YAMLScalar.needsQuotes(text) }

    /// Entries in emission order: the leading keys, then the others sorted. One pass over the mapping sets the leading
    /// keys aside (at most three string comparisons an entry, where looking each leading key up hashed it per mapping).
    static func orderedEntries(_ map: [String: YAMLValue]) -> [(key: String, value: YAMLValue)] {
        var entries: [(key: String, value: YAMLValue)] = []
        entries.reserveCapacity(map.count)
        var apiVersion: YAMLValue?, kind: YAMLValue?, metadata: YAMLValue?
        for entry in map {
            switch entry.key {
            case "apiVersion": apiVersion = entry.value
            case "kind": kind = entry.value
            case "metadata": metadata = entry.value
            default: entries.append(entry)
            }
        }
        entries.sort { $0.key < $1.key }
        if let metadata { entries.insert((key: "metadata", value: metadata), at: 0) }
        if let kind { entries.insert((key: "kind", value: kind), at: 0) }
        if let apiVersion { entries.insert((key: "apiVersion", value: apiVersion), at: 0) }
        return entries
    }

    static func write(_ value: YAMLValue, indent: Int, to output: inout YAMLOutput) {
        switch value {
        case .map(let map) where !map.isEmpty:
            for (key, value) in orderedEntries(map) { entry(YAMLScalar.string(key), value, indent: indent, to: &output) }
        case .list(let items) where !items.isEmpty:
            for value in items { item(value, indent: indent, to: &output) }
        default:
            output.line(indent: indent, inline(value))
        }
    }

    /// `key: value`, or `key:` with the nested block below it.
    private static func entry(_ key: String, _ value: YAMLValue, indent: Int, to output: inout YAMLOutput) {
        switch value {
        case .map(let map) where !map.isEmpty:
            output.line(indent: indent, key, ":")
            write(value, indent: indent + 2, to: &output)
        case .list(let items) where !items.isEmpty:
            output.line(indent: indent, key, ":")
            write(value, indent: indent + 2, to: &output)
        case .string(let text) where literalBlockAllowed(text):
            output.line(indent: indent, key, ": ", blockIndicator(text))
            blockLines(text, indent: indent + 2, to: &output)
        default:
            output.line(indent: indent, key, ": ", inline(value))
        }
    }

    /// `- value`; a mapping item puts its first key on the dash line.
    private static func item(_ value: YAMLValue, indent: Int, to output: inout YAMLOutput) {
        switch value {
        case .map, .list:
            guard !value.isEmptyCollection else { return output.line(indent: indent, "- ", inline(value)) }
            output.startItem(indent: indent)
            write(value, indent: indent + 2, to: &output)
        case .string(let text) where literalBlockAllowed(text):
            output.line(indent: indent, "- ", blockIndicator(text))
            blockLines(text, indent: indent + 2, to: &output)
        default:
            output.line(indent: indent, "- ", inline(value))
        }
    }

    private static func inline(_ value: YAMLValue) -> String {
        switch value {
        case .string(let text): YAMLScalar.string(text)
        case .int(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .list: "[]"
        case .map: "{}"
        }
    }

    /// Multi-line text without trailing spaces or a leading space can be a literal block.
    static func literalBlockAllowed(_ text: String) -> Bool {
        guard ASCIIScan.contains(text, anyOf: "\n"), text.contains("\n"), !text.hasPrefix(" "), !text.hasPrefix("\n") else { return false }
        // A carriage return must be escaped, so any text left has line feeds that split as bytes (`lines`).
        guard !text.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && YAMLScalar.mustEscape($0) }) else { return false }
        return !lines(text).contains { $0.hasSuffix(" ") || $0.hasSuffix("\t") } && !text.hasSuffix("\n\n")
    }

    /// A literal block's text (no carriage return) cut at its line feeds, empty lines kept.
    private static func lines(_ text: String) -> [Substring] {
        ASCIIScan.split(text, at: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    }

    private static func blockIndicator(_ text: String) -> String { text.hasSuffix("\n") ? "|" : "|-" }

    private static func blockLines(_ text: String, indent: Int, to output: inout YAMLOutput) {
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        for line in lines(body) {
            if line.isEmpty { output.line(indent: 0, "") } else { output.line(indent: indent, String(line)) }
        }
    }
}

/// The text being written, line by line, as UTF-8 bytes (appending to a `String` cost about 350 instructions a
/// part, a quarter of all emission). A list item's dash goes on the line of its first nested line, so
/// `startItem` leaves `- ` pending in place of that line's indentation.
struct YAMLOutput {
    private var bytes: [UInt8] = []
    private var pendingLead: String?

    /// Everything written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Writes the parts of a line at `indent`, or after a pending `- `.
    mutating func line(indent: Int, _ content: String, _ more: String = "", _ rest: String = "") {
        if let lead = pendingLead {
            bytes.append(contentsOf: lead.utf8)
            pendingLead = nil
        } else {
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        }
        append(content)
        append(more)
        append(rest)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// A part's bytes copied at once (appending the UTF-8 view went byte by byte, 170 instructions a part).
    private mutating func append(_ part: String) {
        ASCIIScan.withBytes(part) { bytes.append(contentsOf: $0) }
    }

    /// Starts a list item whose value's first line (indented by `indent + 2`) follows the dash.
    mutating func startItem(indent: Int) {
        pendingLead = (pendingLead ?? String(repeating: " ", count: indent)) + "- "
    }
}

extension YAMLValue {
    /// An empty list or mapping, which is written inline as `[]` or `{}`.
    var isEmptyCollection: Bool {
        switch self {
        case .list(let items): items.isEmpty
        case .map(let map): map.isEmpty
        default: false
        }
    }
}
