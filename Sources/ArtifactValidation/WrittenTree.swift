import Emitters
import LakeModel

/// The value a YAML reader gets from an artifact's text, taken from the tree `YAMLWriter` wrote it from (no re-reading),
/// when byte checks vouch that the text reads back as exactly that tree: `#` header lines then `---`, a mapping or list
/// body, keys and strings of printable ASCII (and line feeds), integers of at most 18 digits. Plain strings are typed
/// as a reader types them (`JSONValue.plain`). Anything else is nil, and the text is read instead.
enum WrittenTree {
    /// The document `artifact.contents` reads as, from `artifact.document`; nil when there is none or it is not vouched for.
    static func value(of artifact: Artifact) -> JSONValue? {
        guard let document = artifact.document, document.mapping != nil || isList(document),
              headerIsComments(artifact.contents) else { return nil }
        return value(document)
    }

    private static func isList(_ value: YAMLValue) -> Bool {
        if case .list = value { return true }
        return false
    }

    private static func value(_ tree: YAMLValue) -> JSONValue? {
        switch tree {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return number > -limit && number < limit ? .int(number) : nil
        case .string(let text): return string(text)
        case .list(let items):
            var values: [JSONValue] = []
            values.reserveCapacity(items.count)
            for item in items {
                guard let value = value(item) else { return nil }
                values.append(value)
            }
            return .array(values)
        case .map(let entries):
            var values: [String: JSONValue] = [:]
            values.reserveCapacity(entries.count)
            for (key, item) in entries {
                guard isKey(key), let value = value(item) else { return nil }
                values[key] = value
            }
            return .object(values)
        }
    }

    /// Integers below 10^18 in magnitude, which a reader types as integers without asking the resolver.
    private static let limit = 1_000_000_000_000_000_000

    /// A string the writer writes plain reads as `JSONValue.plain`; quoted and literal-block strings read as themselves.
    private static func string(_ text: String) -> JSONValue? {
        var multiline = false
        for byte in text.utf8 {
            if byte == newline { multiline = true } else if byte < 0x20 || byte > 0x7E { return nil }
        }
        return multiline || !YAMLWriter.writesPlain(text) ? .string(text) : JSONValue.plain(text)
    }

    /// Printable ASCII, short enough for a simple key, not starting like a document marker.
    private static func isKey(_ key: String) -> Bool {
        guard key.utf8.count <= 500, !key.hasPrefix("---"), !key.hasPrefix("...") else { return false }
        return key.utf8.allSatisfy { $0 >= 0x20 && $0 <= 0x7E }
    }

    /// Whether every line before the first `---` line is a `#` comment (a header with a line break in it is not).
    static func headerIsComments(_ text: String) -> Bool {
        var utf8 = text.utf8[...]
        while let first = utf8.first {
            if utf8.starts(with: marker) { return true }
            guard first == UInt8(ascii: "#"), let end = utf8.firstIndex(of: newline) else { return false }
            utf8 = utf8[utf8.index(after: end)...]
        }
        return false
    }

    private static let newline = UInt8(ascii: "\n")
    private static let marker = Array("---\n".utf8)
}
