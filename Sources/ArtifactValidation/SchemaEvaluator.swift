import Diagnostics
import Foundation

/// Checks a value against a compiled schema, collecting every violation with its path.
struct SchemaEvaluator {
    let document: SchemaDocument
    /// For values merged into a chart's defaults: the violations of the parts no override touches.
    var pristine: PristineViolations?

    /// `followed` holds the references already taken at this very value, so that a reference
    /// cycle that does not descend into the value ends instead of recursing forever. Throws
    /// `SchemaError` when a part of the schema the value reaches is malformed.
    /// `overrides`, when the value is a chart's defaults merged with a values file (`pristine` set), is the part of
    /// the values file at `path`: an object key it does not set holds the defaults alone, whose violations are kept.
    func violations(
        of value: JSONValue, against schema: JSONSchema, at path: ValuePath, followed: Set<String> = [], overrides: JSONValue? = nil
    ) throws -> [SchemaViolation] {
        if let verdict = schema.verdict {
            return verdict ? [] : [SchemaViolation(path: path, keyword: "false", message: "no value is allowed here")]
        }
        if value == .null, schema.nullable { return [] }
        var found: [SchemaViolation] = []
        if let reference = schema.ref, !followed.contains(reference) {
            found += try violations(of: value, against: document.reference(reference), at: path, followed: followed.union([reference]), overrides: overrides)
        }
        if let admitted = schema.admittedTypes, !admitted.contains(where: { $0.admits(value) }) {
            return found + [Self.typeViolation(value, admitted: admitted, at: path)]
        }
        found += ValueChecks.violations(of: value, against: schema, at: path)
        switch value {
        case .object(let entries): found += try objectViolations(entries, schema, path, overrides: overrides)
        case .array(let items): found += try arrayViolations(items, schema, path)
        default: break
        }
        for part in schema.allOf {
            found += try violations(of: value, against: part.schema(), at: path, followed: followed, overrides: overrides)
        }
        found += try combinatorViolations(of: value, against: schema, at: path, followed: followed)
        return found
    }

    private func objectViolations(
        _ entries: [String: JSONValue], _ schema: JSONSchema, _ path: ValuePath, overrides: JSONValue?
    ) throws -> [SchemaViolation] {
        var found = schema.required.filter { entries[$0] == nil }.map {
            SchemaViolation(path: path.appending($0), keyword: "required", message: "required key is missing")
        }
        // Entries sorted as pairs: sorting the keys and looking each up again hashed every key of every object.
        for (key, child) in entries.sorted(by: { $0.key < $1.key }) {
            let childSchema: JSONSchema
            if let property = schema.properties[key] {
                childSchema = try property.schema()
            } else if schema.forbidsUnknownKeys {
                found.append(Self.unknownKey(key, known: schema.properties.keys, at: path.appending(key)))
                continue
            } else if let additional = schema.additionalProperties, additional.verdict != false {
                childSchema = try additional.schema()
            } else {
                continue
            }
            let childPath = path.appending(key)
            let childOverrides = overrides?.object?[key]
            if let pristine, overrides != nil, childOverrides == nil {
                found += try pristine.violations(of: childSchema, at: childPath) { try violations(of: child, against: childSchema, at: childPath) }
            } else {
                found += try violations(of: child, against: childSchema, at: childPath, overrides: childOverrides)
            }
        }
        return found
    }

    private func arrayViolations(_ items: [JSONValue], _ schema: JSONSchema, _ path: ValuePath) throws -> [SchemaViolation] {
        guard let itemSchema = try schema.items?.schema() else { return [] }
        return try items.enumerated().flatMap { index, item in
            try violations(of: item, against: itemSchema, at: path.appending(index: index))
        }
    }

    /// `expected integer or string, found boolean`.
    static func typeViolation(_ value: JSONValue, admitted: Set<JSONType>, at path: ValuePath) -> SchemaViolation {
        SchemaViolation(path: path, keyword: "type", message: "expected \(phrase(admitted)), found \(JSONType.of(value).rawValue)")
    }

    /// Type names in a fixed, readable order: `boolean, integer or null`.
    static func phrase(_ types: Set<JSONType>) -> String {
        let order: [JSONType] = [.boolean, .integer, .number, .string, .array, .object, .null]
        let names = order.filter(types.contains).map(\.rawValue)
        guard let last = names.last else { return "nothing" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " or " + last
    }

    /// An unknown key, with the closest known key as a suggestion or else the keys allowed here.
    static func unknownKey(_ key: String, known: some Collection<String>, at path: ValuePath) -> SchemaViolation {
        let notes: [String]
        if let suggestion = Suggestion.closest(to: key, in: known.sorted()) {
            notes = ["did you mean `\(suggestion)`?"]
        } else {
            let sorted = known.sorted()
            let shown = sorted.prefix(12).joined(separator: ", ")
            notes = sorted.isEmpty ? [] : ["keys allowed here: \(shown)\(sorted.count > 12 ? ", …" : "")"]
        }
        return SchemaViolation(path: path, keyword: "additionalProperties", message: "unknown key `\(key)`", notes: notes)
    }
}
