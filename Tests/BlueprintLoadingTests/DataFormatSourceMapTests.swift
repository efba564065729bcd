@testable import BlueprintLoading
import Testing

@Suite("DataFormat: source map")
struct DataFormatSourceMapTests {
    static let yaml = """
        formatVersion: 1
        lakes:
          - name: analytics
            tier: medium
            namespace: data
            workload:
              dataVolume: 50TB
              streams:
                - name: clicks
                  retention: 7d
            components:
              kafka: {zones: 3}
        """

    @Test(arguments: [
        ("", 1, 1),
        ("formatVersion", 1, 16),
        ("lakes", 2, 1),
        ("lakes[0]", 3, 5),
        ("lakes[0].name", 3, 11),
        ("lakes[0].workload", 6, 5),
        ("lakes[0].workload.dataVolume", 7, 19),
        ("lakes[0].workload.streams", 8, 7),
        ("lakes[0].workload.streams[0]", 9, 11),
        ("lakes[0].workload.streams[0].retention", 10, 22),
        ("lakes[0].components.kafka", 12, 7),
        ("lakes[0].components.kafka.zones", 12, 22),
    ])
    func yamlEntries(path: String, line: Int, column: Int) throws {
        let blueprint = try #require(DataFormatLoad.blueprint(Self.yaml, path: "b/lake.yaml"))
        let location = try #require(blueprint.sourceMap[path])
        #expect(location.file == "b/lake.yaml")
        #expect(location.line == line)
        #expect(location.column == column)
    }

    @Test func everyDecodedPathIsMapped() throws {
        let blueprint = try #require(DataFormatLoad.blueprint(Self.yaml))
        #expect(blueprint.sourceMap.count == 16)
    }

    @Test func unmappedPathsFallBackToTheNearestAncestor() throws {
        let blueprint = try #require(DataFormatLoad.blueprint(Self.yaml))
        let location = try #require(blueprint.location(of: "lakes[0].components.kafka.brokers"))
        #expect(location.line == 12)
        #expect(location.column == 7)
    }

    @Test func jsonEntriesPointAtTheJSONText() throws {
        let json = """
            {"formatVersion": 1, "lakes": [
              {"name": "a", "tier": "small", "namespace": "a", "components": {},
               "workload": {"dataVolume": "1TB"}}
            ]}
            """
        let blueprint = try #require(DataFormatLoad.blueprint(json, path: "lake.json"))
        let dataVolume = try #require(blueprint.sourceMap["lakes[0].workload.dataVolume"])
        let expected = try #require(DataFormatLoad.position(of: "\"1TB\"", in: json))
        #expect(dataVolume.line == expected.line)
        #expect(dataVolume.column == expected.column)
        let workload = try #require(blueprint.sourceMap["lakes[0].workload"])
        #expect(workload.line == 3)
        #expect(workload.column == 4)
    }
}
