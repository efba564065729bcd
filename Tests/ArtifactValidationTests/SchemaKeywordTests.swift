import ArtifactValidation
import Testing

@Suite("JSON Schema keywords")
struct SchemaKeywordTests {
    @Test func typeTellsIntegersFromNumbersAndStrings() throws {
        let schema = #"{"type": "object", "properties": {"n": {"type": "integer"}, "x": {"type": "number"}}}"#
        #expect(try Fixtures.problems("n: 3\nx: 3", schema).isEmpty)
        #expect(try Fixtures.problems("n: 3.0\nx: 2.5", schema).isEmpty)
        #expect(try Fixtures.problems("n: \"3\"", schema) == ["n: expected integer, found string"])
        #expect(try Fixtures.problems("n: 2.5", schema) == ["n: expected integer, found number"])
        #expect(try Fixtures.problems("x: \"3\"", schema) == ["x: expected number, found string"])
    }

    @Test func typeListAndNullable() throws {
        let schema = #"{"properties": {"a": {"type": ["string", "null"]}, "b": {"type": "string", "nullable": true}}}"#
        #expect(try Fixtures.problems("a: null\nb: ~", schema).isEmpty)
        #expect(try Fixtures.problems("a: 1\nb: true", schema) == ["a: expected string or null, found integer", "b: expected string or null, found boolean"])
    }

    @Test func requiredNamesTheMissingKey() throws {
        let schema = #"{"type": "object", "properties": {"spec": {"type": "object", "required": ["replicas"]}}}"#
        #expect(try Fixtures.problems("spec: {}", schema) == ["spec.replicas: required key is missing"])
    }

    @Test func additionalPropertiesFalseSuggestsTheClosestKey() throws {
        let schema = try Fixtures.schema(#"{"properties": {"replicas": {}, "storage": {}}, "additionalProperties": false}"#)
        let problems = schema.validate(try JSONValue(yaml: "replicaz: 3"))
        #expect(problems.map(\.description) == ["replicaz: unknown key `replicaz`"])
        #expect(problems.first?.notes == ["did you mean `replicas`?"])
        #expect(problems.first?.keyword == "additionalProperties")
    }

    @Test func additionalPropertiesSchemaChecksEveryOtherKey() throws {
        let schema = #"{"properties": {"fixed": {"type": "boolean"}}, "additionalProperties": {"type": "string"}}"#
        #expect(try Fixtures.problems("fixed: true\nfree: text", schema).isEmpty)
        #expect(try Fixtures.problems("free: 1", schema) == ["free: expected string, found integer"])
    }

    @Test func itemsAndIndexedPaths() throws {
        let schema = #"{"properties": {"list": {"type": "array", "items": {"type": "object", "properties": {"port": {"type": "integer"}}}}}}"#
        #expect(try Fixtures.problems("list: [{port: 1}, {port: x}]", schema) == ["list[1].port: expected integer, found string"])
    }

    @Test func enumAndConst() throws {
        let schema = #"{"properties": {"t": {"enum": ["ephemeral", "jbod"]}, "k": {"const": "Kafka"}, "n": {"enum": [1, 2]}}}"#
        #expect(try Fixtures.problems("t: jbod\nk: Kafka\nn: 2", schema).isEmpty)
        #expect(try Fixtures.problems("t: jbdo\nk: Kafak\nn: \"2\"", schema) == [
            "k: expected \"Kafka\", found \"Kafak\"", "n: \"2\" is not one of 1, 2", "t: \"jbdo\" is not one of \"ephemeral\", \"jbod\"",
        ])
    }

    @Test func patternSearchesUnlessAnchored() throws {
        let schema = #"{"properties": {"a": {"pattern": "^[a-z0-9]{1,11}$"}, "b": {"pattern": "x"}}}"#
        #expect(try Fixtures.problems("a: plain\nb: axe", schema).isEmpty)
        #expect(try Fixtures.problems("a: Plain", schema) == ["a: \"Plain\" does not match the pattern ^[a-z0-9]{1,11}$"])
    }

    @Test func numericBounds() throws {
        let schema = #"{"properties": {"port": {"minimum": 9092, "maximum": 9100}, "ratio": {"exclusiveMinimum": 0}}}"#
        #expect(try Fixtures.problems("port: 9092\nratio: 0.5", schema).isEmpty)
        #expect(try Fixtures.problems("port: 80\nratio: 0", schema) == ["port: 80 is less than the minimum 9092", "ratio: 0 must be more than 0"])
        #expect(try Fixtures.problems("port: 9101", schema) == ["port: 9101 is more than the maximum 9100"])
    }

    @Test func openAPIExclusiveFlagsAndSizes() throws {
        let schema = #"{"properties": {"a": {"minimum": 1, "exclusiveMinimum": true}, "s": {"minLength": 2, "maxLength": 3}, "l": {"minItems": 1}, "m": {"maxProperties": 1}}}"#
        #expect(try Fixtures.problems("a: 1\ns: x\nl: []\nm: {x: 1, y: 2}", schema) == [
            "a: 1 must be more than 1", "l: has 0 items, fewer than the minimum 1", "m: has 2 keys, more than the maximum 1",
            "s: has 1 characters, fewer than the minimum 2",
        ])
    }

    @Test func formatIsIgnored() throws {
        #expect(try Fixtures.problems("d: not-a-date", #"{"properties": {"d": {"type": "string", "format": "date-time"}}}"#).isEmpty)
    }

    @Test func malformedSchemasAreErrorsNotCrashes() {
        #expect(throws: SchemaError.self) { try Fixtures.schema(#"{"type": "integr"}"#) }
        #expect(throws: SchemaError.self) { try Fixtures.schema(#"{"pattern": "(unclosed"}"#) }
        #expect(throws: SchemaError.self) { try Fixtures.schema(##"{"$ref": "#/definitions/missing"}"##) }
        #expect(throws: SchemaError.self) { try Fixtures.schema(#"{"$ref": "https://example.com/s.json"}"#) }
        #expect(throws: (any Error).self) { try Fixtures.schema("{not json") }
    }
}
