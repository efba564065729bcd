import Foundation

/// Turns a schema document's JSON into `JSONSchema` nodes, and every local `$ref` target into a
/// node of its own (so recursive references need no recursion here).
struct SchemaCompiler {
    let document: JSONValue
    /// `$ref` pointers met so far that still need compiling.
    private(set) var pendingReferences: [String] = []

    init(document: JSONValue) { self.document = document }

    mutating func compile(_ value: JSONValue, at pointer: String) throws -> JSONSchema {
        if case .bool(let verdict) = value { return JSONSchema(verdict: verdict) }
        guard let object = value.object else { throw SchemaError.notASchema(pointer) }
        var keywords = Keywords()
        for (name, keyword) in object {
            try read(name, keyword, into: &keywords, at: pointer)
        }
        if keywords.exclusiveFlags.minimum { (keywords.limits.exclusiveMinimum, keywords.limits.minimum) = (keywords.limits.minimum, nil) }
        if keywords.exclusiveFlags.maximum { (keywords.limits.exclusiveMaximum, keywords.limits.maximum) = (keywords.limits.maximum, nil) }
        return JSONSchema(keywords)
    }

    mutating func takePendingReferences() -> [String] {
        defer { pendingReferences = [] }
        return pendingReferences
    }

    private mutating func read(_ name: String, _ value: JSONValue, into keywords: inout Keywords, at pointer: String) throws {
        let here = "\(pointer)/\(name)"
        switch (name, value) {
        case ("type", .string): keywords.types = [try Self.type(value, at: here)]
        case ("type", .array(let types)): keywords.types = Set(try types.map { try Self.type($0, at: here) })
        case ("properties", .object(let entries)):
            for (key, schema) in entries { keywords.properties[key] = try compile(schema, at: "\(here)/\(key)") }
        case ("required", .array(let keys)): keywords.required = keys.compactMap(\.text)
        case ("additionalProperties", _): keywords.additionalProperties = try compile(value, at: here)
        case ("items", .object), ("items", .bool): keywords.items = try compile(value, at: here)
        case ("enum", .array(let values)): keywords.enumValues = values
        case ("const", _): keywords.constValue = value
        case ("pattern", .string(let pattern)):
            do { keywords.pattern = try NSRegularExpression(pattern: pattern) } catch { throw SchemaError.badPattern(here, pattern) }
        case ("allOf", .array(let schemas)): keywords.allOf = try compileAll(schemas, at: here)
        case ("anyOf", .array(let schemas)): keywords.anyOf = try compileAll(schemas, at: here)
        case ("oneOf", .array(let schemas)): keywords.oneOf = try compileAll(schemas, at: here)
        case ("not", _): keywords.not = try compile(value, at: here)
        case ("$ref", .string(let reference)):
            guard reference.hasPrefix("#") else { throw SchemaError.remoteReference(here, reference) }
            keywords.ref = reference
            pendingReferences.append(reference)
        case ("nullable", .bool(let flag)): keywords.nullable = flag
        case ("x-kubernetes-int-or-string", .bool(let flag)): keywords.intOrString = flag
        case ("x-kubernetes-preserve-unknown-fields", .bool(let flag)): keywords.preservesUnknownFields = flag
        case ("exclusiveMinimum", .bool(let flag)): keywords.exclusiveFlags.minimum = flag
        case ("exclusiveMaximum", .bool(let flag)): keywords.exclusiveFlags.maximum = flag
        case ("items", _), ("type", _), ("properties", _), ("enum", _), ("allOf", _), ("anyOf", _), ("oneOf", _):
            throw SchemaError.malformed(here)
        default:
            try readLimit(name, value, into: &keywords.limits, at: here)
        }
    }

    private mutating func compileAll(_ schemas: [JSONValue], at pointer: String) throws -> [JSONSchema] {
        try schemas.enumerated().map { try compile($1, at: "\(pointer)/\($0)") }
    }

    private static func type(_ value: JSONValue, at pointer: String) throws -> JSONType {
        guard case .string(let name) = value, let type = JSONType(rawValue: name) else { throw SchemaError.malformed(pointer) }
        return type
    }
}
