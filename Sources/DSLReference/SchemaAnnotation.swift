import ArtifactValidation

/// Writes the DSL's documentation into the blueprint schema, so editors show YAML authors what Swift authors read:
/// each builder's and parameter's description, its default and an example, at its wire key.
public enum SchemaAnnotation {
    public static func annotate(_ schema: BlueprintSchema, with reference: DSLReference) -> BlueprintSchema {
        var schema = schema
        for builder in reference.builders {
            if let wire = builder.doc.fields.wire, let path = schema.path(wire), !builder.doc.summary.isEmpty {
                schema.set("description", .string(builder.doc.summary), at: path)
            }
            for parameter in builder.initializers.flatMap(\.parameters) {
                guard let wire = parameter.wire, let doc = parameter.doc, let path = schema.path(wire) else { continue }
                let unit = doc.fields.unit.map { " Unit: \($0)." } ?? ""
                schema.set("description", .string(sentence(doc.meaning) + unit), at: path)
                let type = schema.at(path).object?["type"]?.text
                if let value = doc.fields.defaultValue { schema.set("default", literal(value, type: type), at: path) }
                if let value = doc.fields.example { schema.set("examples", .array([literal(value, type: type)]), at: path) }
            }
        }
        return schema
    }

    /// The text with a final full stop.
    static func sentence(_ text: String) -> String {
        text.hasSuffix(".") || text.isEmpty ? text : text + "."
    }

    /// A documented value as JSON for a node of JSON type `type`: text for strings, a one-item list for arrays, a
    /// one-entry object for `key=value` maps, else an integer (underscores allowed), `true`/`false`, or the text.
    static func literal(_ text: String, type: String?) -> JSONValue {
        if type == "string" { return .string(text) }
        if type == "array" { return .array([literal(text, type: nil)]) }
        if type == "object", let equals = text.firstIndex(of: "=") {
            return .object([String(text[..<equals]): .string(String(text[text.index(after: equals)...]))])
        }
        if let number = Int(text.replacingOccurrences(of: "_", with: "")) { return .int(number) }
        if text == "true" || text == "false" { return .bool(text == "true") }
        return .string(text)
    }

    /// The documented bounds of a wire key: its range, length or allowed values, as the reference prints them.
    public static func bounds(_ wire: String, in schema: BlueprintSchema) -> String? {
        let nodes = [schema.node(wire), schema.definition(wire)].compactMap { $0 }
        func number(_ key: String) -> String? {
            for node in nodes { if case .int(let value)? = node.object?[key] { return grouped(value) } }
            return nil
        }
        if let values = nodes.lazy.compactMap({ node -> [String]? in
            guard case .array(let items)? = node.object?["enum"] else { return nil }
            return items.map { $0.text.map { "`\($0)`" } ?? $0.description }
        }).first {
            return "one of " + values.joined(separator: ", ")
        }
        switch (number("minimum"), number("maximum")) {
        case (let low?, let high?): return "\(low)–\(high)"
        case (let low?, nil): return "≥ \(low)"
        case (nil, let high?): return "≤ \(high)"
        default: break
        }
        if let length = number("maxLength") { return "at most \(length) characters" }
        return nil
    }

    /// `10000` as `10,000`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}
