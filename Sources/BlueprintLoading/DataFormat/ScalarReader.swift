import LakeModel
import Yams

/// A Yams node, named so that other types in this module cannot shadow it.
typealias YAMLNode = Yams.Node

/// Reads primitive values from YAML scalars with Lakeform's typing rules.
///
/// - Strings are the scalar's text as written, so `on`, `yes`, `3.10` and `2024-01-01` stay
///   strings where the wire type wants a string. Only a null (`~`, `null`, an empty value) is not.
/// - Integers must be unquoted decimal numbers (`12`, `-3`, `1_000_000`); leading zeros are read
///   as decimal, never as YAML 1.1 octal. A quoted `"12"` is a string and does not decode as an
///   integer: quoting always means "string", in YAML and JSON alike. No value goes through `Double`.
/// - Booleans are unquoted `true`/`false` (and the YAML 1.1 `yes`/`no`/`on`/`off` Yams resolves).
enum ScalarReader {
    /// The node's resolved tag; an untagged plain scalar is typed by `YAMLImplicitType`, without the resolver's
    /// regular expressions.
    static func tag(_ node: YAMLNode) -> Yams.Tag.Name {
        if case .scalar(let scalar) = node, scalar.tag.rawValue == Tag.Name.implicit.rawValue, let type = YAMLImplicitType.of(scalar.string) {
            return tagNames[type] ?? .str
        }
        return Yams.Tag.Name(rawValue: node.tag.rawValue)
    }

    private static let tagNames: [YAMLImplicitType: Yams.Tag.Name] = [
        .bool: .bool, .int: .int, .float: .float, .merge: .merge, .null: .null, .timestamp: .timestamp, .value: .value, .string: .str,
    ]

    static func isNull(_ node: YAMLNode) -> Bool {
        node.scalar != nil && tag(node) == .null
    }

    static func string(_ node: YAMLNode, at path: [any CodingKey]) throws -> String {
        guard let scalar = node.scalar, tag(node) != .null else {
            throw mismatch(String.self, "expected a string", at: path)
        }
        return scalar.string
    }

    static func integer<I: FixedWidthInteger>(_ node: YAMLNode, at path: [any CodingKey]) throws -> I {
        guard let scalar = node.scalar, [.int, .float].contains(tag(node)) else {
            throw mismatch(I.self, "expected an integer", at: path)
        }
        let digits = scalar.string.filter { $0 != "_" }
        let unsigned = digits.hasPrefix("+") || digits.hasPrefix("-") ? digits.dropFirst() : Substring(digits)
        guard !unsigned.isEmpty, unsigned.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw mismatch(I.self, "expected a whole number in decimal", at: path)
        }
        guard let value = I(digits.hasPrefix("+") ? String(unsigned) : digits, radix: 10) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: path, debugDescription: "'\(scalar.string)' is out of range for this number"))
        }
        return value
    }

    static func bool(_ node: YAMLNode, at path: [any CodingKey]) throws -> Bool {
        guard let scalar = node.scalar, tag(node) == .bool else {
            throw mismatch(Bool.self, "expected true or false", at: path)
        }
        return YAMLImplicitType.isTrue(scalar.string)
    }

    static func double(_ node: YAMLNode, at path: [any CodingKey]) throws -> Double {
        guard let scalar = node.scalar, [.int, .float].contains(tag(node)),
              let value = Double(scalar.string.filter { $0 != "_" })
        else {
            throw mismatch(Double.self, "expected a number", at: path)
        }
        return value
    }

    /// What the user wrote, for "found ..." in messages: `the string 'many'`, `a list`.
    static func describe(_ node: YAMLNode) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            switch tag(node) {
            case .null: return "an empty value"
            case .bool: return "the boolean '\(scalar.string)'"
            case .int, .float: return "the number \(scalar.string)"
            default: return "the string '\(scalar.string)'"
            }
        }
    }

    static func mismatch(_ type: Any.Type, _ expected: String, at path: [any CodingKey]) -> DecodingError {
        .typeMismatch(type, .init(codingPath: path, debugDescription: expected))
    }
}
