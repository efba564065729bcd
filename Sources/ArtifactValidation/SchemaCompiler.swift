import Foundation

/// Turns a schema document's JSON into `JSONSchema` nodes, and every local `$ref` target into a
/// node of its own (so recursive references need no recursion here).
struct SchemaCompiler {
    let document: JSONValue
    /// `$ref` pointers met so far that still need compiling.
    private(set) var pendingReferences: [String] = []

    init(document: JSONValue) { self.document = document }

    /// The node at `pointer` (`#`, or a `$ref` target); nested pointers are only spelled out for an error.
    mutating func compile(_ value: JSONValue, at pointer: String) throws -> JSONSchema {
        path = [pointer]
        return try node(value)
    }

    mutating func takePendingReferences() -> [String] {
        defer { pendingReferences = [] }
        return pendingReferences
    }

    /// The components of the JSON pointer being compiled, joined with `/` only when an error names it.
    private var path: [String] = []

    private func pointer(_ more: String...) -> String { (path + more).joined(separator: "/") }

    private mutating func node(_ value: JSONValue) throws -> JSONSchema {
        if case .bool(let verdict) = value { return JSONSchema(verdict: verdict) }
        guard let object = value.object else { throw SchemaError.notASchema(pointer()) }
        var keywords = Keywords()
        for (name, keyword) in object {
            try read(name, keyword, into: &keywords)
        }
        if keywords.exclusiveFlags.minimum { (keywords.limits.exclusiveMinimum, keywords.limits.minimum) = (keywords.limits.minimum, nil) }
        if keywords.exclusiveFlags.maximum { (keywords.limits.exclusiveMaximum, keywords.limits.maximum) = (keywords.limits.maximum, nil) }
        return JSONSchema(keywords)
    }

    /// The node of `value` at `components` below the current one.
    private mutating func child(_ value: JSONValue, _ components: String...) throws -> JSONSchema {
        path += components
        defer { path.removeLast(components.count) }
        return try node(value)
    }

    private mutating func read(_ name: String, _ value: JSONValue, into keywords: inout Keywords) throws {
        switch (name, value) {
        case ("type", .string): keywords.types = [try type(value, at: name)]
        case ("type", .array(let types)): keywords.types = Set(try types.map { try type($0, at: name) })
        case ("properties", .object(let entries)):
            for (key, schema) in entries { keywords.properties[key] = try child(schema, name, key) }
        case ("required", .array(let keys)): keywords.required = keys.compactMap(\.text)
        case ("additionalProperties", _): keywords.additionalProperties = try child(value, name)
        case ("items", .object), ("items", .bool): keywords.items = try child(value, name)
        case ("enum", .array(let values)): keywords.enumValues = values
        case ("const", _): keywords.constValue = value
        case ("pattern", .string(let pattern)):
            do { keywords.pattern = try CompiledPatterns.shared.regex(pattern) } catch { throw SchemaError.badPattern(self.pointer(name), pattern) }
        case ("allOf", .array(let schemas)): keywords.allOf = try compileAll(schemas, name)
        case ("anyOf", .array(let schemas)): keywords.anyOf = try compileAll(schemas, name)
        case ("oneOf", .array(let schemas)): keywords.oneOf = try compileAll(schemas, name)
        case ("not", _): keywords.not = try child(value, name)
        case ("$ref", .string(let reference)):
            guard reference.hasPrefix("#") else { throw SchemaError.remoteReference(self.pointer(name), reference) }
            keywords.ref = reference
            pendingReferences.append(reference)
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

    private mutating func compileAll(_ schemas: [JSONValue], _ name: String) throws -> [JSONSchema] {
        try schemas.enumerated().map { try child($1, name, String($0)) }
    }

    private func type(_ value: JSONValue, at name: String) throws -> JSONType {
        guard case .string(let typeName) = value, let type = JSONType(rawValue: typeName) else { throw SchemaError.malformed(pointer(name)) }
        return type
    }
}
