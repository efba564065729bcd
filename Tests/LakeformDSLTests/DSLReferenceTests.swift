import ArtifactValidation
@testable import DSLReference
import Foundation
import Testing

/// docs/dsl.md and the blueprint schema's descriptions come from the DSL's doc comments: every public symbol is
/// documented, numbers carry units, wire keys exist, and the committed files are what the generator writes.
@Suite struct DSLReferenceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let graphs = Result { try SymbolGraphExtractor.extract(modules: root.appendingPathComponent(".build/debug/Modules")) }
    static let schemaText = Result { try String(contentsOf: root.appendingPathComponent(DSLReferenceFiles.schemaPath), encoding: .utf8) }

    @Test func everyPublicSymbolIsDocumentedWithUnitsAndRealWireKeys() throws {
        let generated = try DSLReferenceFiles(graphs: Self.graphs.get(), schemaText: Self.schemaText.get())
        #expect(generated.problems.isEmpty, "\(generated.problems.joined(separator: "\n"))")
    }

    @Test func theCommittedReferenceAndSchemaAreCurrent() throws {
        let generated = try DSLReferenceFiles(graphs: Self.graphs.get(), schemaText: Self.schemaText.get())
        for (path, text) in generated.files {
            let committed = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
            #expect(committed == text, "\(path) is stale: run `swift run lakeform-dsl-docs`")
        }
    }

    @Test func everyDefaultAndExampleIsValidWhereItIsWritten() throws {
        let schema = try JSONValue(json: Data(Self.schemaText.get().utf8))
        let definitions = schema.object?["$defs"] ?? .object([:])
        var checked = 0
        func visit(_ node: JSONValue, _ path: String) throws {
            switch node {
            case .object(let entries):
                var candidates: [JSONValue] = []
                if let value = entries["default"] { candidates.append(value) }
                if case .array(let examples)? = entries["examples"] { candidates += examples }
                if !candidates.isEmpty, entries["type"] != nil || entries["$ref"] != nil || entries["anyOf"] != nil || entries["oneOf"] != nil {
                    var standalone = entries
                    standalone["$defs"] = definitions
                    let document = try SchemaDocument(.object(standalone))
                    for value in candidates {
                        checked += 1
                        #expect(document.validate(value).isEmpty, "\(path): \(value) does not validate")
                    }
                }
                for (key, child) in entries where key != "default" && key != "examples" { try visit(child, "\(path)/\(key)") }
            case .array(let items):
                for (index, item) in items.enumerated() { try visit(item, "\(path)/\(index)") }
            default: break
            }
        }
        try visit(schema, "#")
        #expect(checked > 100)
    }

    @Test func docCommentsAreReadByTheirFields() {
        let doc = DocComment(lines: [
            "Kafka on Strimzi.", "", "Wire: `lakes[].components.kafka`", "", "```swift", "Kafka(zones: 3)", "```",
            "- Parameters:", "  - zones: Zones brokers spread over. Unit: zones. Default: 3.", "    Example: 3",
            "  - version: The version. Wire: none",
        ])
        #expect(doc.summary == "Kafka on Strimzi.")
        #expect(doc.fields.wire == "lakes[].components.kafka")
        #expect(doc.example == ["Kafka(zones: 3)"])
        #expect(doc.parameters["zones"] == DocComment.Parameter(
            meaning: "Zones brokers spread over.", fields: .init(wire: nil, unit: "zones", defaultValue: "3", example: "3")))
        #expect(doc.parameters["version"]?.fields.wire == "none")
    }

    @Test func theAuditNamesAnUndocumentedArgumentAndANumberWithoutAUnit() throws {
        let json = """
            {"symbols": [
              {"kind": {"identifier": "swift.struct"}, "pathComponents": ["Kafka"],
               "docComment": {"lines": [{"text": "Kafka."}, {"text": "Wire: `lakes[].components.kafka`"}]},
               "location": {"uri": "file:///x/Sources/LakeformDSL/Components/Kafka.swift"}},
              {"kind": {"identifier": "swift.init"}, "pathComponents": ["Kafka", "init(zones:brokers:tier:file:)"],
               "docComment": {"lines": [{"text": "- Parameters:"}, {"text": "  - zones: Zones."}, {"text": "  - brokers: Brokers. Unit: brokers."}]},
               "functionSignature": {"parameters": [
                 {"name": "zones", "declarationFragments": [{"spelling": "zones"}, {"spelling": ": "}, {"spelling": "Int?"}]},
                 {"name": "brokers", "declarationFragments": [{"spelling": "brokers"}, {"spelling": ": "}, {"spelling": "Int?"}]},
                 {"name": "tier", "declarationFragments": [{"spelling": "tier"}, {"spelling": ": "}, {"spelling": "String"}]},
                 {"name": "file", "declarationFragments": [{"spelling": "file"}, {"spelling": ": "}, {"spelling": "String"}]}]}}
            ]}
            """
        let graph = try JSONDecoder().decode(SymbolGraph.self, from: Data(json.utf8))
        let schema = BlueprintSchema(root: try JSONValue(json: Data(Self.schemaText.get().utf8)))
        let problems = DSLReferenceAudit.problems(DSLReference(graphs: [graph]), schema: schema)
        #expect(problems.contains { $0.contains("`zones` is a number without `Unit:`") })
        #expect(problems.contains { $0.contains("`tier` is not documented") })
        #expect(problems.contains { $0.contains("`lakes[].components.kafka.brokers` is not in schemas/blueprint.schema.json") })
        #expect(!problems.contains { $0.contains("`file`") })
    }
}
