/// A JSON document value: what a schema describes and what YAML artifacts are read into.
///
/// Integers and other numbers are kept apart so that a YAML `3` is an integer (and also a
/// number) while `3.5` is only a number; `"3"` is always a string.
public enum JSONValue: Sendable, Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The entries of an object, or nil for any other value.
    public var object: [String: JSONValue]? {
        if case .object(let entries) = self { return entries }
        return nil
    }

    /// The text of a string, or nil for any other value.
    public var text: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value as a Double when it is a number.
    var number: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }

    /// Whether the value is an integer in JSON Schema's sense (a number without a fraction).
    var isInteger: Bool {
        switch self {
        case .int: true
        case .double(let value): value.isFinite && value.rounded(.towardZero) == value
        default: false
        }
    }

    /// JSON Schema equality: numbers compare by value (`1 == 1.0`), containers element-wise.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        default: lhs.number != nil && lhs.number == rhs.number
        }
    }

    /// Compact JSON-like text for messages: `"text"`, `3`, `true`, `null`, `[…]`, `{…}`.
    public var description: String {
        switch self {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .string(let text): "\"\(text)\""
        case .array(let items): items.isEmpty ? "[]" : "[…]"
        case .object(let entries): entries.isEmpty ? "{}" : "{…}"
        }
    }
}

/// The seven JSON Schema instance types.
public enum JSONType: String, Sendable {
    case null, boolean, integer, number, string, array, object

    /// Whether `value` is of this type; every integer is also a number.
    func admits(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.null, .null), (.boolean, .bool), (.string, .string), (.array, .array), (.object, .object): true
        case (.number, .int), (.number, .double): true
        case (.integer, _): value.isInteger
        default: false
        }
    }

    /// The most specific type of `value`, for "found …" in messages.
    static func of(_ value: JSONValue) -> JSONType {
        switch value {
        case .null: .null
        case .bool: .boolean
        case .int: .integer
        case .double: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }
}
