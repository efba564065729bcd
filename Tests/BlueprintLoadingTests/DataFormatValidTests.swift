@testable import BlueprintLoading
import LakeformWire
import Testing

@Suite("DataFormat: valid YAML and JSON documents")
struct DataFormatValidTests {
    static let yaml = """
        # An analytics lake.
        formatVersion: 1
        lakes:
          - name: analytics
            tier: medium
            namespace: data
            workload:
              dataVolume: 50TB
              yearlyGrowthPercent: 30
              ingest:
                eventsPerSecond: 1_000_000
                averageEventSize: 1KiB
                rate: 500MB/s
              streams:
                - name: clicks
                  retention: 7d
                  partitions: 012
              activeUsers: 40
              reasons:
                dataVolume: measured in March
                activeUsers: yes
            components:
              minio:
                media: nvme
                driveSize: 7.68TB
              kafka:
                version: 3.10
              postgres:
                pgvector: yes
                databases: [on, off]
              airflow:
                executor: KubernetesExecutor
            pins:
              - key: kafka.brokers
                value: 12
                reason: on
              - key: minio.driveSize
                value: 16TB
            cost:
              priceBook: seed-2024
              maxMonthlyCost: $30,000
              maxCostPerTB: 4.27
        """

    static let json = """
        {
          "formatVersion": 1,
          "lakes": [{
            "name": "analytics", "tier": "medium", "namespace": "data",
            "workload": {
              "dataVolume": "50TB", "yearlyGrowthPercent": 30,
        \t"ingest": {"eventsPerSecond": 1000000, "averageEventSize": "1KiB", "rate": "500MB/s"},
              "streams": [{"name": "clicks", "retention": "7d", "partitions": 12}],
              "activeUsers": 40,
              "reasons": {"dataVolume": "measured in March", "activeUsers": "yes"}
            },
            "components": {
              "minio": {"media": "nvme", "driveSize": "7.68TB"},
              "kafka": {"version": "3.10"},
              "postgres": {"pgvector": true, "databases": ["on", "off"]},
              "airflow": {"executor": "KubernetesExecutor"}
            },
            "pins": [
              {"key": "kafka.brokers", "value": 12, "reason": "on"},
              {"key": "minio.driveSize", "value": "16TB"}
            ],
            "cost": {"priceBook": "seed-2024", "maxMonthlyCost": "$30,000", "maxCostPerTB": 4.27}
          }]
        }
        """

    static let expected = Wire.Document(formatVersion: 1, lakes: [
        Wire.Lake(
            name: "analytics", tier: "medium", namespace: "data",
            workload: Wire.Workload(
                dataVolume: Wire.ByteCount(bytes: 50_000_000_000_000), yearlyGrowthPercent: 30,
                ingest: Wire.Ingest(
                    eventsPerSecond: 1_000_000, averageEventSize: Wire.ByteCount(bytes: 1024),
                    rate: Wire.ByteRate(bytesPerSecond: 500_000_000)),
                streams: [Wire.Stream(name: "clicks", retention: Wire.TimeSpan(seconds: 604_800), partitions: 12)],
                activeUsers: 40,
                reasons: ["dataVolume": "measured in March", "activeUsers": "yes"]),
            components: Wire.Components(
                minio: Wire.MinIO(driveSize: Wire.ByteCount(bytes: 7_680_000_000_000), media: .nvme),
                postgres: Wire.Postgres(pgvector: true, databases: ["on", "off"]),
                kafka: Wire.Kafka(version: "3.10"),
                airflow: Wire.Airflow(executor: .kubernetes)),
            pins: [
                Wire.Pin(key: "kafka.brokers", value: Wire.Quantity(12), reason: "on"),
                Wire.Pin(key: "minio.driveSize", value: Wire.Quantity(16_000_000_000_000)),
            ],
            cost: Wire.CostPolicy(
                priceBook: "seed-2024", maxMonthlyCost: Wire.Money(cents: 3_000_000), maxCostPerTB: Wire.Money(cents: 427)))
    ])

    @Test func yamlDecodesUnitStringsAndYAML11Specials() {
        #expect(DataFormatLoad.blueprint(Self.yaml)?.document == Self.expected)
    }

    @Test func jsonDecodesToTheSameDocument() {
        #expect(DataFormatLoad.blueprint(Self.json, path: "lake.json")?.document == Self.expected)
    }

    @Test func loadedBlueprintKeepsThePathAsGiven() {
        #expect(DataFormatLoad.blueprint(Self.yaml, path: "blueprints/../lake.yml")?.path == "blueprints/../lake.yml")
    }

    @Test func plainIntegerIsBytesAndQuotedQuantityReachesTheUnitParser() {
        let loaded = DataFormatLoad.blueprint(DataFormatLoad.lake(workload: "dataVolume: 50\nbatchPerDay: '2 TB'"))
        #expect(loaded?.document.lakes.first?.workload.dataVolume == Wire.ByteCount(bytes: 50))
        #expect(loaded?.document.lakes.first?.workload.batchPerDay == Wire.ByteCount(bytes: 2_000_000_000_000))
    }

    @Test func largeIntegersStayExact() {
        let loaded = DataFormatLoad.blueprint(DataFormatLoad.lake(workload: "dataVolume: 9007199254740993"))
        #expect(loaded?.document.lakes.first?.workload.dataVolume.bytes == 9_007_199_254_740_993)
    }

    @Test func nullOptionalsAreAbsent() {
        let loaded = DataFormatLoad.blueprint(DataFormatLoad.lake(workload: "dataVolume: 1TB\nactiveUsers: ~\ningest:"))
        #expect(loaded?.document.lakes.first?.workload == Wire.Workload(dataVolume: Wire.ByteCount(bytes: 1_000_000_000_000)))
    }

    @Test func anchorsAndAliasesAreReused() {
        let text = """
            formatVersion: 1
            lakes:
              - {name: a, tier: small, namespace: a, workload: &shared {dataVolume: 2TB}, components: {}}
              - {name: b, tier: small, namespace: b, workload: *shared, components: {}}
            """
        let lakes = DataFormatLoad.blueprint(text)?.document.lakes
        #expect(lakes?.map(\.workload.dataVolume.bytes) == [2_000_000_000_000, 2_000_000_000_000])
    }

    @Test func mergeKeysCopyTheAnchoredMappingAndOwnKeysWin() throws {
        let text = """
            formatVersion: 1
            lakes:
              - &base
                name: a
                tier: small
                namespace: a
                workload: {dataVolume: 1TB}
                components: {}
              - <<: *base
                name: b
              - <<: [{tier: large}, *base]
                name: c
            """
        let blueprint = try #require(DataFormatLoad.blueprint(text))
        #expect(blueprint.document.lakes.map(\.name) == ["a", "b", "c"])
        #expect(blueprint.document.lakes.map(\.tier) == ["small", "small", "large"])
        #expect(blueprint.sourceMap["lakes[1].tier"]?.line == 5)
        #expect(blueprint.sourceMap["lakes[1].name"]?.line == 10)
    }

    @Test func loadedBlueprintsHaveNoWarnings() {
        guard case .loaded(_, let warnings) = DataBlueprintLoader.load(path: "lake.yaml", contents: Self.yaml) else {
            Issue.record("expected to load")
            return
        }
        #expect(warnings.isEmpty)
    }
}
