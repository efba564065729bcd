import Foundation

/// Turns one schema object's JSON into a `JSONSchema` node. Subschemas stay `LazySchema`s, compiled
/// when first reached; `$ref` targets are resolved and compiled by `SchemaDocument` on first use.
struct SchemaCompiler {
    /// The components of the node's JSON pointer (`#`, `properties`, `spec`), joined with `/` only when an error names them.
    let path: [String]

    /// The node `value`, found at `path`.
    func compile(_ value: JSONValue) throws -> JSONSchema {
        if case .bool(let verdict) = value { return JSONSchema(verdict: verdict) }
        guard let object = value.object else { throw SchemaError.notASchema(self.pointer()) }
        var keywords = Keywords()
        for (name, keyword) in object {
            try read(name, keyword, into: &keywords)
        }
        if keywords.exclusiveFlags.minimum { (keywords.limits.exclusiveMinimum, keywords.limits.minimum) = (keywords.limits.minimum, nil) }
        if keywords.exclusiveFlags.maximum { (keywords.limits.exclusiveMaximum, keywords.limits.maximum) = (keywords.limits.maximum, nil) }
        return JSONSchema(keywords)
    }

    private func pointer(_ more: String...) -> String { (path + more).joined(separator: "/") }

    /// The subschema `value` at `components` below the current node, compiled later.
    private func child(_ value: JSONValue, _ components: String...) -> LazySchema {
        LazySchema(value, at: path + components)
    }

    private func read(_ name: String, _ value: JSONValue, into keywords: inout Keywords) throws {
        switch (name, value) {
        case ("type", .string): keywords.types = [try type(value, at: name)]
        case ("type", .array(let types)): keywords.types = Set(try types.map { try type($0, at: name) })
        case ("properties", .object(let entries)):
            for (key, schema) in entries { keywords.properties[key] = child(schema, name, key) }
        case ("required", .array(let keys)): keywords.required = keys.compactMap(\.text)
        case ("additionalProperties", _): keywords.additionalProperties = child(value, name)
        case ("items", .object), ("items", .bool): keywords.items = child(value, name)
        case ("enum", .array(let values)): keywords.enumValues = values
        case ("const", _): keywords.constValue = value
        case ("pattern", .string(let pattern)):
            do { keywords.pattern = try CompiledPatterns.shared.regex(pattern) } catch { throw SchemaError.badPattern(self.pointer(name), pattern) }
        case ("allOf", .array(let schemas)): keywords.allOf = children(schemas, name)
        case ("anyOf", .array(let schemas)): keywords.anyOf = children(schemas, name)
        case ("oneOf", .array(let schemas)): keywords.oneOf = children(schemas, name)
        case ("not", _): keywords.not = child(value, name)
        case ("$ref", .string(let reference)):
            guard reference.hasPrefix("#") else { throw SchemaError.remoteReference(self.pointer(name), reference) }
            keywords.ref = reference
        case ("nullable", .bool(let flag)): keywords.nullable = flag
        case ("x-kubernetes-int-or-string", .bool(let flag)): keywords.intOrString = flag
        case ("x-kubernetes-preserve-unknown-fields", .bool(let flag)): keywords.preservesUnknownFields = flag
        case ("exclusiveMinimum", .bool(let flag)): keywords.exclusiveFlags.minimum = flag
        case ("exclusiveMaximum", .bool(let flag)): keywords.exclusiveFlags.maximum = flag
        case ("items", _), ("type", _), ("properties", _), ("enum", _), ("allOf", _), ("anyOf", _), ("oneOf", _):
            throw SchemaError.malformed(self.pointer(name))
        default:
            try readLimit(name, value, into: &keywords.limits, at: self.pointer(name))
        }
    }

    private func children(_ schemas: [JSONValue], _ name: String) -> [LazySchema] {
        schemas.enumerated().map { child($1, name, String($0)) }
    }

    private func type(_ value: JSONValue, at name: String) throws -> JSONType {
        guard case .string(let typeName) = value, let type = JSONType(rawValue: typeName) else { throw SchemaError.malformed(pointer(name)) }
        return type
    }
}
