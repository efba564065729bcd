import LakeModel
import LakeformWire

/// Every string a lake's blueprint gives, map keys included, with its wire path; and the check that
/// none carries a control character or line separator into the YAML, `.properties`, SQL and Python files.
enum BlueprintStrings {
    /// The strings of `lake` in wire-path order, with paths relative to the lake (`components.iceberg.catalog`).
    static func all(_ lake: Wire.Lake) -> [(path: String, text: String)] {
        guard let tree = try? EncodedValue.encode(lake) else { return [] }
        var strings: [(path: String, text: String)] = []
        collect(tree, path: "", into: &strings)
        return strings
    }

    private static func collect(_ node: EncodedValue, path: String, into strings: inout [(path: String, text: String)]) {
        switch node {
        case .string(let text):
            strings.append((path, text))
        case .object(let map):
            for key in map.keys.sorted() {
                let child = path.isEmpty ? key : "\(path).\(key)"
                strings.append((child, key))
                collect(map[key]!, path: child, into: &strings)
            }
        case .array(let list):
            for (index, element) in list.enumerated() { collect(element, path: "\(path)[\(index)]", into: &strings) }
        default:
            break
        }
    }

    /// Control characters (C0, DEL, C1) and the Unicode line and paragraph separators.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Reports each of a lake's `strings` (from `all`) that contains a forbidden character, once per string.
    static func checkCharacters(_ strings: [(path: String, text: String)], _ context: MappingContext) {
        for (path, text) in strings {
            guard let scalar = text.unicodeScalars.first(where: isForbidden) else { continue }
            context.error(
                "blueprint.controlCharacter", "\(path) \(quoted(text)) contains \(name(of: scalar))", at: path, address: path,
                notes: [
                    "blueprint strings are written into YAML, .properties, SQL and Python files, where a line break or control "
                        + "character would end the value or start a new line",
                    "remove the character; names and settings are one line of printable text",
                ])
        }
    }

    /// `'text'` with control characters and separators spelled as `\n` or `\u{2028}`, so a message stays on one line.
    static func quoted(_ text: String) -> String {
        var result = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if isForbidden(scalar) {
                    result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "'"
    }

    /// `U+2028 LINE SEPARATOR`, or `U+000A (a control character)` for one without a Unicode name.
    static func name(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let name = scalar.properties.name ?? scalar.properties.nameAlias ?? "(a control character)"
        return "\(code) \(name)"
    }
}
