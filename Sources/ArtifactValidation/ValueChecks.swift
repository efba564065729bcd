import Foundation

/// The keywords that look at a value on its own: `enum`, `const`, `pattern` and the limits.
enum ValueChecks {
    static func violations(of value: JSONValue, against schema: JSONSchema, at path: ValuePath) -> [SchemaViolation] {
        var messages: [(keyword: String, message: String)] = []
        if let allowed = schema.enumValues, !allowed.contains(value) {
            messages.append(("enum", "\(value) is not one of \(list(allowed))"))
        }
        if let expected = schema.constValue, expected != value {
            messages.append(("const", "expected \(expected), found \(value)"))
        }
        let limits = schema.limits
        switch value {
        case .string(let text):
            if let pattern = schema.pattern, pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                messages.append(("pattern", "\(value) does not match the pattern \(pattern.pattern)"))
            }
            messages += sizes(text.unicodeScalars.count, limits.minLength, limits.maxLength, noun: "characters", keyword: "Length")
        case .array(let items):
            messages += sizes(items.count, limits.minItems, limits.maxItems, noun: "items", keyword: "Items")
        case .object(let entries):
            messages += sizes(entries.count, limits.minProperties, limits.maxProperties, noun: "keys", keyword: "Properties")
        default:
            if let number = value.number { messages += bounds(number, value, limits) }
        }
        return messages.map { SchemaViolation(path: path, keyword: $0.keyword, message: $0.message) }
    }

    private static func sizes(_ count: Int, _ minimum: Int?, _ maximum: Int?, noun: String, keyword: String) -> [(String, String)] {
        var messages: [(String, String)] = []
        if let minimum, count < minimum { messages.append(("min\(keyword)", "has \(count) \(noun), fewer than the minimum \(minimum)")) }
        if let maximum, count > maximum { messages.append(("max\(keyword)", "has \(count) \(noun), more than the maximum \(maximum)")) }
        return messages
    }

    private static func bounds(_ number: Double, _ value: JSONValue, _ limits: JSONSchema.Limits) -> [(String, String)] {
        var messages: [(String, String)] = []
        if let minimum = limits.minimum, number < minimum { messages.append(("minimum", "\(value) is less than the minimum \(text(minimum))")) }
        if let maximum = limits.maximum, number > maximum { messages.append(("maximum", "\(value) is more than the maximum \(text(maximum))")) }
        if let bound = limits.exclusiveMinimum, number <= bound { messages.append(("exclusiveMinimum", "\(value) must be more than \(text(bound))")) }
        if let bound = limits.exclusiveMaximum, number >= bound { messages.append(("exclusiveMaximum", "\(value) must be less than \(text(bound))")) }
        return messages
    }

    /// `3` rather than `3.0` for whole bounds.
    private static func text(_ number: Double) -> String {
        JSONValue.double(number).isInteger && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    /// Up to ten values, then `…`.
    static func list(_ values: [JSONValue]) -> String {
        values.prefix(10).map(\.description).joined(separator: ", ") + (values.count > 10 ? ", …" : "")
    }
}
