@testable import ArtifactValidation
import Diagnostics
import Foundation
import LakeModel
import Testing

/// The catalog compiles a schema's parts when an instance first reaches them; a malformed part
/// is still reported, as the catalog error of the artifact that reaches it.
@Suite("Schemas compiled on first use")
struct LazySchemaTests {
    static let brokenBelowSpec = #"""
    {"type": "object", "properties": {
      "metadata": {"type": "object"},
      "spec": {"type": "object", "properties": {"replicas": {"type": "integr"}}}
    }}
    """#

    @Test func aMalformedPartThrowsOnlyWhenAnInstanceReachesIt() throws {
        let document = try SchemaDocument(lazily: JSONValue(json: Data(Self.brokenBelowSpec.utf8)))
        #expect(try document.violations(of: JSONValue(yaml: "metadata: {name: a}")).isEmpty)
        #expect(try document.violations(of: JSONValue(yaml: "metadata: 3")).map(\.description) == ["metadata: expected object, found integer"])
        #expect(throws: SchemaError.malformed("#/properties/spec/properties/replicas/type")) {
            try document.violations(of: JSONValue(yaml: "spec: {replicas: 3}"))
        }
        #expect(throws: SchemaError.malformed("#/properties/spec/properties/replicas/type")) { try document.compileEverything() }
    }

    @Test func theWholeDocumentStillCompilesUpFrontWhenAskedTo() {
        #expect(throws: SchemaError.malformed("#/properties/spec/properties/replicas/type")) { try Fixtures.schema(Self.brokenBelowSpec) }
        #expect(throws: SchemaError.unresolvedReference("#/definitions/missing")) {
            try Fixtures.schema(##"{"properties": {"a": {"items": {"$ref": "#/definitions/missing"}}}}"##)
        }
    }

    @Test func aDanglingReferenceThrowsWhenFollowed() throws {
        let document = try SchemaDocument(lazily: JSONValue(json: Data(##"{"properties": {"a": {"$ref": "#/definitions/missing"}}}"##.utf8)))
        #expect(try document.violations(of: JSONValue(yaml: "b: 1")).isEmpty)
        #expect(throws: SchemaError.unresolvedReference("#/definitions/missing")) { try document.violations(of: JSONValue(yaml: "a: 1")) }
    }

    @Test func aCatalogWithAMalformedPartGivesTheArtifactACatalogError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lazy-schema-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("schemas"), withIntermediateDirectories: true)
        try Data(Self.brokenBelowSpec.utf8).write(to: folder.appendingPathComponent("schemas/widget-v1.json"))
        let validator = ArtifactValidator(catalog: SchemaCatalog(folder: folder))
        let fine = Fixtures.manifest("fine", "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: a}\n")
        let broken = Fixtures.manifest("broken", "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: b}\nspec: {replicas: 3}\n")
        #expect(validator.validate([fine]).items.isEmpty)
        let found = validator.validate([broken]).items
        #expect(found.map(\.id) == [ArtifactValidator.ID.catalog])
        let file = folder.appendingPathComponent("schemas/widget-v1.json").path
        #expect(found.first?.message == "cannot check this file: \(file): #/properties/spec/properties/replicas/type: keyword has a value of the wrong shape")
    }
}
