@testable import BlueprintLoading
import Diagnostics
import Testing
import Yams

@Suite("DataFormat: syntax, format version and document shape")
struct DataFormatDocumentTests {
    @Test func yamlSyntaxErrorHasLineAndColumn() throws {
        let error = try #require(DataFormatLoad.error("formatVersion: 1\nlakes:\n  - name: [a, b\n    tier: small\n"))
        #expect(error.id == "blueprint.syntax")
        #expect(error.message == "invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 3, column 11)")
        #expect(error.source?.line == 4)
        #expect(error.source?.column == 9)
    }

    @Test func badIndentationIsASyntaxError() throws {
        let error = try #require(DataFormatLoad.error("formatVersion: 1\nlakes:\n  - name: a\n   tier: small\n"))
        #expect(error.id == "blueprint.syntax")
        #expect(error.source?.line == 4)
        #expect(error.source?.column == 4)
    }

    @Test func tabIndentationGetsANote() throws {
        let error = try #require(DataFormatLoad.error("formatVersion: 1\nlakes:\n\t- name: a\n"))
        #expect(error.id == "blueprint.syntax")
        #expect(error.source?.line == 3)
        #expect(error.notes == ["this line contains a tab; indent YAML with spaces"])
    }

    @Test func duplicateKeyIsASyntaxError() throws {
        let error = try #require(DataFormatLoad.error("formatVersion: 1\nlakes: []\nlakes: []\n"))
        #expect(error.id == "blueprint.syntax")
        #expect(error.message == "invalid YAML: the key 'lakes' appears more than once in the same mapping; keep one")
        #expect(error.source?.line == 2)
    }

    @Test("a key quoted and unquoted is the same key, as JSON tools read it")
    func quotedAndPlainSpellingsOfAKeyAreDuplicates() throws {
        let text = "formatVersion: 1\nlakes:\n- name: a\n  tier: small\n  labels: {1: x, \"1\": y}\n"
        let error = try #require(DataFormatLoad.error(text))
        #expect(error.id == "blueprint.syntax")
        #expect(error.message.contains("appears more than once"))
    }

    @Test("the default resolver is kept only for text with a merge key")
    func mergeKeysKeepTheDefaultResolver() {
        #expect(DataBlueprintLoader.resolver(for: "a: 1\nb: <<\n") === Resolver.default)
        #expect(DataBlueprintLoader.resolver(for: "base: &b {x: 1}\nc:\n  <<: *b\n") === Resolver.default)
        #expect(DataBlueprintLoader.resolver(for: "a: 1\nb: <c\n") === Resolver.basic)
        #expect(DataBlueprintLoader.resolver(for: "") === Resolver.basic)
    }

    @Test func secondDocumentIsASyntaxError() throws {
        let error = try #require(DataFormatLoad.error("formatVersion: 1\nlakes: []\n---\nformatVersion: 1\n"))
        #expect(error.id == "blueprint.syntax")
        #expect(error.source?.line == 3)
    }

    @Test func jsonSyntaxErrorSaysJSONWithLineAndColumn() throws {
        let error = try #require(DataFormatLoad.error("{\n  \"formatVersion\": 1,\n  \"lakes\": [}\n", path: "lake.json"))
        #expect(error.id == "blueprint.syntax")
        #expect(error.message.hasPrefix("invalid JSON: "))
        #expect(error.source?.line == 3)
        #expect(error.source?.column == 13)
    }

    @Test func jsonValueErrorsHaveLineAndColumn() throws {
        let json = """
            {
              "formatVersion": 1,
              "lakes": [
                {
                  "name": "a", "tier": "small", "namespace": "a",
                  "workload": {"dataVolume": "1TB", "activeUsers": "many"},
                  "components": {"kafka": {"zones": 3, "replicas": 3}}
                }
              ]
            }
            """
        let errors = DataFormatLoad.errors(json, path: "lake.json")
        #expect(errors.map(\.id) == ["blueprint.typeMismatch", "blueprint.unknownKey"])
        let many = try #require(DataFormatLoad.position(of: "\"many\"", in: json))
        let replicas = try #require(DataFormatLoad.position(of: "\"replicas\"", in: json))
        #expect(errors.first?.source?.line == many.line)
        #expect(errors.first?.source?.column == many.column)
        #expect(errors.last?.source?.line == replicas.line)
        #expect(errors.last?.source?.column == replicas.column)
    }

    @Test func unsupportedFormatVersion() throws {
        let error = try #require(DataFormatLoad.error("formatVersion: 3\nlakes: []\nowner: someone\n"))
        #expect(error.id == "blueprint.formatVersion")
        #expect(error.message == "this blueprint is format version 3; this lakeform reads versions 1 to 2")
        #expect(error.source?.line == 1)
        #expect(error.source?.column == 16)
    }

    @Test func missingFormatVersion() throws {
        let error = try #require(DataFormatLoad.error("lakes: []\n"))
        #expect(error.id == "blueprint.formatVersion")
        #expect(error.notes == ["add 'formatVersion: 2' at the top of the file"])
    }

    @Test func misspelledFormatVersion() throws {
        let error = try #require(DataFormatLoad.error("formatVersoin: 1\nlakes: []\n"))
        #expect(error.id == "blueprint.formatVersion")
        #expect(error.notes == ["did you mean 'formatVersion' instead of 'formatVersoin'?"])
    }

    @Test(arguments: ["one", "'1'", "1.0", "[1]"])
    func formatVersionMustBeAWholeNumber(value: String) throws {
        let error = try #require(DataFormatLoad.error("formatVersion: \(value)\nlakes: []\n"))
        #expect(error.id == "blueprint.formatVersion")
        #expect(error.message.hasPrefix("formatVersion must be a whole number, found "))
    }

    @Test(arguments: ["", "\n\n", "# just a comment\n", "---\n", "~\n"])
    func emptyFile(text: String) throws {
        let error = try #require(DataFormatLoad.error(text))
        #expect(error.id == "blueprint.empty")
        #expect(error.source?.line == 1)
    }

    @Test(arguments: [
        ("- a\n", "the top level of a blueprint must be a mapping, found a list"),
        ("hello\n", "the top level of a blueprint must be a mapping, found the string 'hello'"),
        ("[1, 2]", "the top level of a blueprint must be a mapping, found a list"),
    ])
    func topLevelMustBeAMapping(text: String, message: String) throws {
        let error = try #require(DataFormatLoad.error(text))
        #expect(error.id == "blueprint.typeMismatch")
        #expect(error.message == message)
    }

    @Test func emptyLakesListLoads() {
        #expect(DataFormatLoad.blueprint("formatVersion: 1\nlakes: []\n")?.document.lakes == [])
    }
}
