@testable import BlueprintLoading
import Diagnostics
import Testing

@Suite("DataFormat: unknown and missing keys")
struct DataFormatKeyErrorTests {
    @Test func unknownKeySuggestsTheClosestKey() throws {
        let error = try #require(DataFormatLoad.error(DataFormatLoad.lake(components: "kafka:\n  zones: 3\n  replicatonFactor: 3")))
        #expect(error.id == "blueprint.unknownKey")
        #expect(error.message == "unknown key 'replicatonFactor' in lakes[0].components.kafka")
        #expect(error.notes == ["did you mean 'replicationFactor'?"])
        #expect(error.source?.line == 11)
        #expect(error.source?.column == 9)
        #expect(error.source?.file == "lake.yaml")
    }

    @Test func unknownKeyWithoutACloseMatchListsTheValidKeys() throws {
        let error = try #require(DataFormatLoad.error(DataFormatLoad.lake(components: "kafka:\n  colour: blue")))
        #expect(error.id == "blueprint.unknownKey")
        #expect(error.notes == ["valid keys here: version, replicationFactor, minInsyncReplicas, controllers, zones"])
        #expect(error.source?.line == 10)
    }

    @Test func misspelledRequiredKeyIsReportedOnceAsUnknown() throws {
        let error = try #require(DataFormatLoad.error(DataFormatLoad.lake(workload: "dataVolme: 1TB")))
        #expect(error.id == "blueprint.unknownKey")
        #expect(error.notes == ["did you mean 'dataVolume'?"])
        #expect(error.source?.line == 7)
        #expect(error.source?.column == 7)
    }

    @Test func missingKeyPointsAtTheMappingAndListsRequiredKeys() throws {
        let error = try #require(DataFormatLoad.error(DataFormatLoad.lake(workload: "activeUsers: 3")))
        #expect(error.id == "blueprint.missingKey")
        #expect(error.message == "missing required key 'dataVolume' in lakes[0].workload")
        #expect(error.notes == ["add 'dataVolume:'; required keys here: dataVolume"])
        #expect(error.source?.line == 6)
        #expect(error.source?.column == 5)
    }

    @Test func everyMissingKeyIsReported() {
        let errors = DataFormatLoad.errors("formatVersion: 1\nlakes:\n  - name: a\n    workload: {dataVolume: 1TB}\n")
        #expect(errors.map(\.message) == ["tier", "namespace", "components"].map { "missing required key '\($0)' in lakes[0]" })
        #expect(errors.allSatisfy { $0.source?.line == 3 && $0.source?.column == 5 })
        #expect(errors.first?.notes == ["add 'tier:'; required keys here: name, tier, namespace, workload, components"])
    }

    @Test func errorsAcrossTheDocumentAreAllReported() {
        let text = """
            formatVersion: 1
            owner: data-team
            lakes:
              - name: analytics
                tier: medium
                namespace: data
                workload:
                  dataVolume: 1TB
                  activeUsers: many
                components:
                  minio: {media: tape, nodez: 4}
                  kafka: {replicas: 3}
              - tier: small
                namespace: b
                workload: {dataVolume: 5XB}
                components: {}
            """
        let errors = DataFormatLoad.errors(text)
        #expect(errors.map(\.id) == [
            "blueprint.unknownKey", "blueprint.typeMismatch", "blueprint.invalidValue", "blueprint.unknownKey",
            "blueprint.unknownKey", "blueprint.missingKey", "blueprint.invalidValue",
        ])
        #expect(errors.map { $0.source?.line ?? 0 } == [2, 9, 11, 11, 12, 13, 15])
    }

    @Test func diagnosticsCarryThePathAsGiven() {
        let errors = DataFormatLoad.errors(DataFormatLoad.lake(workload: "dataVolume: 50XB"), path: "./blueprints/../lake.yaml")
        #expect(errors.map { $0.source?.file } == ["./blueprints/../lake.yaml"])
    }
}
