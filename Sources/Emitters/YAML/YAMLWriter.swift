/// Writes `YAMLValue` trees as deterministic, yamllint-clean YAML: two-space indentation,
/// `apiVersion`, `kind`, `metadata` first and then sorted keys, YAML-1.1-safe scalars, literal
/// blocks for multi-line strings.
public enum YAMLWriter {
    /// Keys that lead every mapping, in this order, as kubectl prints them.
    static let leadingKeys = ["apiVersion", "kind", "metadata"]

    /// A whole document: optional `#` header lines, the `---` marker, the body, a final newline.
    public static func document(_ value: YAMLValue, header: [String] = []) -> String {
        let comments = header.map { $0.isEmpty ? "#" : "# \($0)" }
        return (comments + ["---"] + lines(value, indent: 0)).joined(separator: "\n") + "\n"
    }

    /// Keys in emission order.
    static func orderedKeys(_ map: [String: YAMLValue]) -> [String] {
        leadingKeys.filter { map[$0] != nil } + map.keys.filter { !leadingKeys.contains($0) }.sorted()
    }

    static func lines(_ value: YAMLValue, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .map(let map) where !map.isEmpty:
            return orderedKeys(map).flatMap { key in entry(YAMLScalar.string(key), map[key] ?? .null, indent: indent) }
        case .list(let items) where !items.isEmpty:
            return items.flatMap { item($0, indent: indent) }
        default:
            return [pad + inline(value)]
        }
    }

    /// `key: value`, or `key:` with the nested block below it.
    private static func entry(_ key: String, _ value: YAMLValue, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .map(let map) where !map.isEmpty:
            return ["\(pad)\(key):"] + lines(value, indent: indent + 2)
        case .list(let items) where !items.isEmpty:
            return ["\(pad)\(key):"] + lines(value, indent: indent + 2)
        case .string(let text) where literalBlockAllowed(text):
            return ["\(pad)\(key): \(blockIndicator(text))"] + blockLines(text, indent: indent + 2)
        default:
            return ["\(pad)\(key): \(inline(value))"]
        }
    }

    /// `- value`; a mapping item puts its first key on the dash line.
    private static func item(_ value: YAMLValue, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .map, .list:
            guard !value.isEmptyCollection else { return ["\(pad)- \(inline(value))"] }
            let nested = lines(value, indent: indent + 2)
            guard let first = nested.first else { return ["\(pad)-"] }
            return ["\(pad)- " + first.dropFirst(indent + 2)] + nested.dropFirst()
        case .string(let text) where literalBlockAllowed(text):
            return ["\(pad)- \(blockIndicator(text))"] + blockLines(text, indent: indent + 2)
        default:
            return ["\(pad)- \(inline(value))"]
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
        guard text.contains("\n"), !text.hasPrefix(" "), !text.hasPrefix("\n") else { return false }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return !lines.contains { $0.hasSuffix(" ") || $0.hasSuffix("\t") || $0.contains("\r") }
            && !text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F || $0.value == 0xFEFF }
            && !text.hasSuffix("\n\n")
    }

    private static func blockIndicator(_ text: String) -> String { text.hasSuffix("\n") ? "|" : "|-" }

    private static func blockLines(_ text: String, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : pad + $0 }
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
