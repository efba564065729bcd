import Foundation

/// Turns one schema object's JSON into a `JSONSchema` node. Subschemas stay `LazySchema`s, compiled
/// when first reached; `$ref` targets are resolved and compiled by `SchemaDocument` on first use.
struct SchemaCompiler {
    /// The components of the node's JSON pointer (`#`, `properties`, `spec`), joined with `/` only when an error names them.
    let path: [String]

    /// The node `source`, found at `path`. Keywords that hold subschemas are read as sources, passed over until
    /// compiled; every other keyword's value is built.
    func compile(_ source: SchemaSource) throws -> JSONSchema {
        if let verdict = source.verdict { return JSONSchema(verdict: verdict) }
        guard let members = try source.members() else { throw SchemaError.notASchema(self.pointer()) }
        var keywords = Keywords()
        for (name, keyword) in members {
            try read(name, keyword, into: &keywords)
        }
        if keywords.exclusiveFlags.minimum { (keywords.limits.exclusiveMinimum, keywords.limits.minimum) = (keywords.limits.minimum, nil) }
        if keywords.exclusiveFlags.maximum { (keywords.limits.exclusiveMaximum, keywords.limits.maximum) = (keywords.limits.maximum, nil) }
        return JSONSchema(keywords)
    }

    private func pointer(_ more: String...) -> String { (path + more).joined(separator: "/") }

    /// The subschema `source` at `components` below the current node, compiled later.
    private func child(_ source: SchemaSource, _ components: String...) -> LazySchema {
        LazySchema(source, at: path + components)
    }

    /// A keyword that holds subschemas keeps them as sources; any other is read from its built value.
    private func read(_ name: String, _ source: SchemaSource, into keywords: inout Keywords) throws {
        switch name {
        case "properties":
            guard let entries = try source.members() else { throw SchemaError.malformed(self.pointer(name)) }
            for (key, schema) in entries { keywords.properties[key] = child(schema, name, key) }
        case "additionalProperties": keywords.additionalProperties = child(source, name)
        case "not": keywords.not = child(source, name)
        case "items":
            guard source.verdict != nil || source.isObject else { throw SchemaError.malformed(self.pointer(name)) }
            keywords.items = child(source, name)
        case "allOf", "anyOf", "oneOf":
            guard let schemas = try source.elements() else { throw SchemaError.malformed(self.pointer(name)) }
            let children = schemas.enumerated().map { child($1, name, String($0)) }
            if name == "allOf" { keywords.allOf = children } else if name == "anyOf" { keywords.anyOf = children } else { keywords.oneOf = children }
        default:
            try read(name, try source.parsed(), into: &keywords)
        }
    }

    private func read(_ name: String, _ value: JSONValue, into keywords: inout Keywords) throws {
        switch (name, value) {
        case ("type", .string): keywords.types = [try type(value, at: name)]
        case ("type", .array(let types)): keywords.types = Set(try types.map { try type($0, at: name) })
        case ("required", .array(let keys)): keywords.required = keys.compactMap(\.text)
        case ("enum", .array(let values)): keywords.enumValues = values
        case ("const", _): keywords.constValue = value
        case ("pattern", .string(let pattern)):
            do { keywords.pattern = try CompiledPatterns.shared.regex(pattern) } catch { throw SchemaError.badPattern(self.pointer(name), pattern) }
        case ("$ref", .string(let reference)):
            guard reference.hasPrefix("#") else { throw SchemaError.remoteReference(self.pointer(name), reference) }
            keywords.ref = reference
        case ("nullable", .bool(let flag)): keywords.nullable = flag
        case ("x-kubernetes-int-or-string", .bool(let flag)): keywords.intOrString = flag
        case ("x-kubernetes-preserve-unknown-fields", .bool(let flag)): keywords.preservesUnknownFields = flag
        case ("exclusiveMinimum", .bool(let flag)): keywords.exclusiveFlags.minimum = flag
        case ("exclusiveMaximum", .bool(let flag)): keywords.exclusiveFlags.maximum = flag
        case ("type", _), ("enum", _):
            throw SchemaError.malformed(self.pointer(name))
        default:
            try readLimit(name, value, into: &keywords.limits, at: self.pointer(name))
        }
    }

    private func type(_ value: JSONValue, at name: String) throws -> JSONType {
        guard case .string(let typeName) = value, let type = JSONType(rawValue: typeName) else { throw SchemaError.malformed(pointer(name)) }
        return type
    }
}
