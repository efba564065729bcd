import Foundation
import LakeformWire
import Testing

/// Pins `schemas/blueprint.schema.json` to the wire types: same keys, same required keys,
/// same enum values, compatible JSON types.
@Suite struct SchemaAgreementTests {
    let schema: [String: Any]
    let definitions: [String: Any]
    let document: Any

    init() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../schemas/blueprint.schema.json")
        schema = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        definitions = try #require(schema["$defs"] as? [String: Any])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        document = try JSONSerialization.jsonObject(with: encoder.encode(MaximalDocument.make()))
    }

    private func resolve(_ node: Any) -> (schema: [String: Any], name: String?) {
        guard let object = node as? [String: Any] else { return ([:], nil) }
        if let ref = object["$ref"] as? String, let name = ref.split(separator: "/").last.map(String.init),
           let target = definitions[name] as? [String: Any] {
            return (target, name)
        }
        return (object, nil)
    }

    /// Visits every object schema paired with the encoded value at the same place.
    private func walk(_ schemaNode: Any, _ value: Any, path: [String], name: String?, visit: (_ schema: [String: Any], _ value: [String: Any], _ path: [String], _ name: String?) -> Void) {
        let (resolved, resolvedName) = resolve(schemaNode)
        if let object = value as? [String: Any], let properties = resolved["properties"] as? [String: Any] {
            visit(resolved, object, path, resolvedName ?? name)
            for (key, child) in object {
                if let childSchema = properties[key] { walk(childSchema, child, path: path + [key], name: nil, visit: visit) }
            }
        } else if let array = value as? [Any], let items = resolved["items"] {
            for (index, element) in array.enumerated() { walk(items, element, path: path + ["\(index)"], name: nil, visit: visit) }
        }
    }

    @Test func everyEncodedKeyIsInTheSchemaAndEverySchemaKeyIsEncoded() {
        var visited = 0
        walk(schema, document, path: [], name: "document") { schema, value, path, _ in
            visited += 1
            let schemaKeys = Set((schema["properties"] as? [String: Any] ?? [:]).keys)
            #expect(Set(value.keys) == schemaKeys, "keys differ at \(path.joined(separator: "."))")
            #expect(schema["additionalProperties"] as? Bool == false, "\(path.joined(separator: ".")) must forbid unknown keys")
        }
        #expect(visited > 30)
    }

    @Test func requiredKeysAreExactlyTheOnesDecodingNeeds() throws {
        var checks: [(path: [String], required: Set<String>, keys: [String])] = []
        walk(schema, document, path: [], name: nil) { schema, value, path, _ in
            checks.append((path, Set(schema["required"] as? [String] ?? []), Array(value.keys)))
        }
        for check in checks {
            for key in check.keys {
                let stripped = removing(check.path + [key], from: document)
                let data = try JSONSerialization.data(withJSONObject: stripped)
                let decodes = (try? JSONDecoder().decode(Wire.Document.self, from: data)) != nil
                #expect(decodes != check.required.contains(key),
                        "\((check.path + [key]).joined(separator: ".")): schema says required=\(check.required.contains(key)), decoder says \(!decodes)")
            }
        }
    }

    @Test func enumValuesMatchTheWireEnums() {
        for (place, cases) in MaximalDocument.enums {
            let parts = place.split(separator: ".").map(String.init)
            let definition = definitions[parts[0]] as? [String: Any]
            let property = (definition?["properties"] as? [String: Any])?[parts[1]] as? [String: Any]
            #expect(property?["enum"] as? [String] == cases, "enum values differ at \(place)")
        }
    }

    @Test func leafValuesHaveTheSchemaType() {
        walk(schema, document, path: [], name: nil) { schema, value, path, _ in
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, child) in value where !(child is [String: Any]) && !(child is [Any]) {
                let (resolved, _) = resolve(properties[key] as Any)
                let allowed = allowedTypes(resolved)
                #expect(matches(child, allowed), "\((path + [key]).joined(separator: ".")) is \(child), schema allows \(allowed)")
            }
        }
    }

    private func allowedTypes(_ schema: [String: Any]) -> Set<String> {
        if let type = schema["type"] as? String { return type == "number" ? ["number", "integer"] : [type] }
        if let anyOf = schema["anyOf"] as? [[String: Any]] { return anyOf.reduce(into: Set()) { $0.formUnion(allowedTypes($1)) } }
        if schema["const"] is Int { return ["integer"] }
        return []
    }

    private func matches(_ value: Any, _ allowed: Set<String>) -> Bool {
        if value is String { return allowed.contains("string") }
        if allowed.contains("boolean") { return value is Bool }
        guard let number = value as? NSNumber else { return false }
        return number.stringValue.contains(".") ? allowed.contains("number") : allowed.contains("integer")
    }

    private func removing(_ path: [String], from value: Any) -> Any {
        guard let head = path.first else { return value }
        if var object = value as? [String: Any] {
            if path.count == 1 { object[head] = nil } else if let child = object[head] { object[head] = removing(Array(path.dropFirst()), from: child) }
            return object
        }
        if var array = value as? [Any], let index = Int(head), array.indices.contains(index) {
            array[index] = removing(Array(path.dropFirst()), from: array[index])
            return array
        }
        return value
    }
}
