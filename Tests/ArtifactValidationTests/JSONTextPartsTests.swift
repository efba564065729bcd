@testable import ArtifactValidation
import Foundation
import Testing

/// A schema kept as text (the catalog digest) reads part by part and gives the verdicts of the same schema parsed whole.
@Suite("JSON read part by part")
struct JSONTextPartsTests {
    static let schema = #"""
    {"type": "object", "required": ["spec"], "definitions": {"port": {"type": "integer", "minimum": 1, "maximum": 65535},
       "a/b": {"type": "string"}, "list": [{"type": "boolean"}]},
     "properties": {
       "name": {"type": "string", "pattern": "^[a-z]+$", "enum": ["a", "b}\"]{", "abc"]},
       "spec": {"type": "object", "additionalProperties": false, "properties": {
         "ports": {"type": "array", "items": {"$ref": "#/definitions/port"}},
         "slash": {"$ref": "#/definitions/a~1b"},
         "flag": {"$ref": "#/definitions/list/0"},
         "mode": {"oneOf": [{"const": "on"}, {"const": "off"}], "not": {"const": "\\\"}"}},
         "any": true, "none": false}}}}
    """#

    static let instances = [
        "{spec: {ports: [80, 0, 70000]}}", "{name: B, spec: {}}", "{name: abc, spec: {ports: [443], slash: 3, flag: yes, mode: on}}",
        "{spec: {mode: auto, extra: 1, none: 1, any: [1]}}", "{name: 7}", "[]", "{spec: {flag: 1, slash: x}}",
    ]

    @Test("the text and the parsed document give the same violations", arguments: instances)
    func sameVerdicts(yaml: String) throws {
        let parsed = try SchemaDocument(lazily: JSONValue(json: Data(Self.schema.utf8)))
        let text = JSONText(Data(Self.schema.utf8))
        let lazy = try SchemaDocument(lazily: .text(text, text.whole))
        let instance = try JSONValue(yaml: yaml)
        #expect(lazy.validate(instance).map(\.description) == parsed.validate(instance).map(\.description))
        try lazy.compileEverything()
    }

    @Test func membersAndElementsAreByteRanges() throws {
        let text = JSONText(Data(#" {"a": [1, "]", {"b": "\"}"}], "c" : true , "d": {}} "#.utf8))
        let members = try #require(try text.members(in: text.whole))
        #expect(members.map(\.key) == ["a", "c", "d"])
        let elements = try #require(try text.elements(in: members[0].range))
        #expect(try elements.map { try text.value(in: $0) } == [.int(1), .string("]"), .object(["b": .string("\"}")])])
        #expect(text.literal(in: members[1].range) == true && text.startsObject(members[2].range))
        #expect(try text.members(in: members[0].range) == nil && text.elements(in: members[2].range) == nil)
    }

    @Test("malformed text is a located error when its part is read", arguments: [
        #"{"a": [1, 2}"#, #"{"a" 1}"#, #"{"a": "open}"#, #"{"a": tru}"#,
    ])
    func malformedParts(json: String) {
        let text = JSONText(Data(json.utf8))
        #expect(throws: JSONTextParser.Failure.self) {
            for member in try text.members(in: text.whole) ?? [] { _ = try text.value(in: member.range) }
        }
    }

    @Test func aPointerResolvesInTheText() throws {
        let text = JSONText(Data(Self.schema.utf8))
        let source = SchemaSource.text(text, text.whole)
        #expect(try source.resolve("#/definitions/a~1b")?.parsed() == .object(["type": .string("string")]))
        #expect(try source.resolve("#/definitions/list/0")?.parsed() == .object(["type": .string("boolean")]))
        #expect(try source.resolve("#/definitions/missing") == nil && source.resolve("#/definitions/list/7") == nil)
    }
}
