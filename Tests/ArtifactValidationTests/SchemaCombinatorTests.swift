import ArtifactValidation
import Testing

@Suite("JSON Schema combinators, references and Kubernetes extensions")
struct SchemaCombinatorTests {
    /// How the derived CRD schemas encode `x-kubernetes-int-or-string`.
    static let intOrString = #"{"properties": {"cpu": {"anyOf": [{"type": "integer"}, {"type": "string"}], "x-kubernetes-int-or-string": true}}}"#

    @Test func intOrStringAcceptsBothAndNamesBothWhenWrong() throws {
        #expect(try Fixtures.problems("cpu: 2", Self.intOrString).isEmpty)
        #expect(try Fixtures.problems("cpu: 2500m", Self.intOrString).isEmpty)
        #expect(try Fixtures.problems("cpu: true", Self.intOrString) == ["cpu: expected integer or string, found boolean"])
    }

    @Test func anyOfOfTypesCombinesTheMessage() throws {
        let schema = #"{"properties": {"v": {"anyOf": [{"type": "integer"}, {"type": "string"}]}}}"#
        #expect(try Fixtures.problems("v: [1]", schema) == ["v: expected integer or string, found array"])
    }

    @Test func anyOfReportsTheOneAlternativeWhoseTypeFits() throws {
        let schema = #"{"properties": {"v": {"anyOf": [{"type": "string"}, {"type": "object", "properties": {"n": {"type": "integer"}}}]}}}"#
        #expect(try Fixtures.problems("v: {n: x}", schema) == ["v.n: expected integer, found string"])
    }

    @Test func oneOfNeedsExactlyOne() throws {
        // Strimzi's env entries: `value` or `valueFrom`, not both, not neither.
        let schema = #"""
            {"properties": {"env": {"type": "object", "properties": {"value": {}, "valueFrom": {}},
              "oneOf": [{"properties": {"value": {}}, "required": ["value"]}, {"properties": {"valueFrom": {}}, "required": ["valueFrom"]}]}}}
            """#
        #expect(try Fixtures.problems("env: {value: x}", schema).isEmpty)
        let both = try Fixtures.schema(schema).validate(JSONValue(yaml: "env: {value: x, valueFrom: {}}"))
        #expect(both.map(\.description) == ["env: matches 2 of the 2 allowed forms (oneOf), expected exactly one"])
        let neither = try Fixtures.schema(schema).validate(JSONValue(yaml: "env: {}"))
        #expect(neither.map(\.description) == ["env: matches none of the 2 allowed forms (oneOf)"])
        #expect(neither.first?.notes == ["form 1: env.value: required key is missing", "form 2: env.valueFrom: required key is missing"])
    }

    @Test func allOfAppliesEveryPart() throws {
        let schema = #"{"allOf": [{"required": ["a"]}, {"required": ["b"]}]}"#
        #expect(try Fixtures.problems("{}", schema) == ["a: required key is missing", "b: required key is missing"])
    }

    @Test func notWithRequiredReadsAsMutualExclusion() throws {
        let schema = #"{"not": {"required": ["s3_wal_path", "gs_wal_path"]}}"#
        #expect(try Fixtures.problems("s3_wal_path: a", schema).isEmpty)
        #expect(try Fixtures.problems("s3_wal_path: a\ngs_wal_path: b", schema) == ["(root): must not set `s3_wal_path` and `gs_wal_path` together"])
    }

    @Test func localReferencesIncludingRecursiveOnes() throws {
        let schema = #"""
            {"$ref": "#/definitions/node",
             "definitions": {"node": {"type": "object", "properties": {"name": {"type": "string"},
               "children": {"type": "array", "items": {"$ref": "#/definitions/node"}}}, "additionalProperties": false}}}
            """#
        #expect(try Fixtures.problems("name: a\nchildren: [{name: b, children: [{name: c}]}]", schema).isEmpty)
        #expect(try Fixtures.problems("children: [{children: [{nmae: c}]}]", schema) == ["children[0].children[0].nmae: unknown key `nmae`"])
    }

    @Test func aReferenceCycleThatNeverDescendsEnds() throws {
        let schema = ##"{"$ref": "#/definitions/a", "definitions": {"a": {"$ref": "#/definitions/b"}, "b": {"$ref": "#/definitions/a"}}}"##
        #expect(try Fixtures.problems("x: 1", schema).isEmpty)
    }

    @Test func preserveUnknownFieldsKeepsUnlistedKeys() throws {
        let schema = #"{"properties": {"config": {"type": "object", "x-kubernetes-preserve-unknown-fields": true, "additionalProperties": false, "properties": {"known": {"type": "integer"}}}}}"#
        #expect(try Fixtures.problems("config: {anything: goes, known: 1}", schema).isEmpty)
        #expect(try Fixtures.problems("config: {known: one}", schema) == ["config.known: expected integer, found string"])
    }

    @Test func booleanSchemas() throws {
        #expect(try Fixtures.problems("a: 1", #"{"properties": {"a": true}}"#).isEmpty)
        #expect(try Fixtures.problems("a: 1", #"{"properties": {"a": false}}"#) == ["a: no value is allowed here"])
    }
}
