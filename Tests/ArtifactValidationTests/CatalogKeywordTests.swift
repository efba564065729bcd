import ArtifactValidation
import Foundation
import Testing

/// Guards the catalog against keywords the validator would silently skip: every key of every
/// schema object must be a supported keyword or a known annotation.
@Suite("Keywords used by the catalog's schemas")
struct CatalogKeywordTests {
    static let validating: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "enum", "const", "pattern", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "minProperties",
        "maxProperties", "allOf", "anyOf", "oneOf", "not", "$ref", "nullable", "x-kubernetes-int-or-string",
        "x-kubernetes-preserve-unknown-fields",
    ]
    /// Keys that do not constrain values (`definitions` only holds `$ref` targets).
    static let annotations: Set<String> = [
        "$schema", "$id", "$comment", "title", "description", "default", "examples", "example", "format", "definitions",
    ]

    @Test func everySchemaUsesOnlySupportedKeywords() throws {
        let folder = try Fixtures.validator.get().catalog.folder
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("schemas").path)
            .map { "schemas/\($0)" }
            + ["charts/airflow/values.schema.json", "charts/druid/values.schema.json", "charts/redis/values.schema.json"]
        #expect(files.count == 15)
        for file in files {
            let json = try JSONValue(json: Data(contentsOf: folder.appendingPathComponent(file)))
            var unknown: Set<String> = []
            collectUnknownKeywords(json, into: &unknown)
            #expect(unknown.isEmpty, "\(file): \(unknown.sorted())")
        }
    }

    private func collectUnknownKeywords(_ schema: JSONValue, into unknown: inout Set<String>) {
        guard let object = schema.object else { return }
        for (key, value) in object {
            switch key {
            case "properties", "definitions":
                value.object?.values.forEach { collectUnknownKeywords($0, into: &unknown) }
            case "allOf", "anyOf", "oneOf":
                if case .array(let parts) = value { parts.forEach { collectUnknownKeywords($0, into: &unknown) } }
            case "additionalProperties", "items", "not":
                collectUnknownKeywords(value, into: &unknown)
            default:
                if !Self.validating.contains(key), !Self.annotations.contains(key), !key.hasPrefix("x-") { unknown.insert(key) }
            }
        }
    }
}
