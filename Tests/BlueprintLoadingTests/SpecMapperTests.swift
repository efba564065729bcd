@testable import BlueprintLoading
import Diagnostics
import LakeModel
import LakeformWire
import Testing

/// GIVEN a wire lake, WHEN it is mapped, THEN the spec or the diagnostics say what a user needs.
@Suite struct SpecMapperTests {
    static func lake(_ name: String = "small", edit: (inout Wire.Lake) -> Void = { _ in }) -> Wire.Lake {
        var lake = Wire.Lake(
            name: name, tier: "1 PB", namespace: "datalake",
            workload: Wire.Workload(
                dataVolume: Wire.ByteCount(bytes: 1_000_000_000_000_000),
                ingest: Wire.Ingest(eventsPerSecond: 20_000, averageEventSize: Wire.ByteCount(bytes: 1_000)),
                streams: [Wire.Stream(name: "events", retention: Wire.TimeSpan(seconds: 604_800))]),
            components: Wire.Components(kafka: Wire.Kafka()))
        edit(&lake)
        return lake
    }

    static func map(_ lakes: [Wire.Lake], sourceMap: [String: Diagnostic.Location] = [:]) -> (lakes: [LakeSpec], diagnostics: Diagnostics) {
        SpecMapper.map(LoadedBlueprint(path: "blueprints/x.yaml", document: Wire.Document(lakes: lakes), sourceMap: sourceMap))
    }

    @Test func validLakeMapsWithDerivedIngestAndDefaultShares() throws {
        let (lakes, diagnostics) = Self.map([Self.lake()])
        #expect(diagnostics.isEmpty)
        let spec = try #require(lakes.first)
        #expect(spec.workload.ingestRate == BytesPerSecond(20_000_000))
        #expect(spec.workload.streams.first?.rate == .share(percent: 100))
        #expect(spec.components.kafka?.replicationFactor == 3)
        #expect(spec.blueprintPath == "blueprints/x.yaml")
    }

    @Test func settingsTheBlueprintWritesAreRecordedEvenAtTheirDefault() throws {
        let (lakes, _) = Self.map([Self.lake { lake in
            lake.components.opensearch = Wire.SearchCluster(replicas: 1)
            lake.components.monitoring = Wire.Monitoring(retention: Wire.TimeSpan(seconds: 1_296_000))
        }])
        let written = try #require(lakes.first).writtenSettings
        #expect(written.isSuperset(of: ["opensearch.replicas", "monitoring.retention", "workload.dataVolume"]))
        #expect(!written.contains("opensearch.retention") && !written.contains("kafka.replicationFactor"), "unwritten settings stay defaults")
    }

    @Test(arguments: [
        ("Small", "uppercase"), ("../etc", "path separator"), ("a/b", "path separator"),
        (String(repeating: "a", count: 41), "41 characters"), ("-lake", "start and end"), ("la_ke", "lowercase letters, digits"),
    ])
    func badLakeNamesAreRejected(name: String, reason: String) throws {
        let (lakes, diagnostics) = Self.map([Self.lake(name)])
        #expect(lakes.isEmpty)
        let error = try #require(diagnostics.first("lake.invalidName"))
        #expect(error.message.contains(reason))
    }

    @Test func zeroAndNegativeVolumesAreErrorsAtTheirLine() throws {
        let location = Diagnostic.Location(file: "blueprints/x.yaml", line: 7, column: 17)
        let (lakes, diagnostics) = Self.map(
            [Self.lake { $0.workload.dataVolume.bytes = 0; $0.workload.logsPerDay = Wire.ByteCount(bytes: -5) }],
            sourceMap: ["lakes[0].workload.dataVolume": location])
        #expect(lakes.isEmpty)
        #expect(diagnostics.errorIDs == ["spec.nonPositive", "spec.nonPositive"])
        #expect(diagnostics.errors.first?.source == location)
        #expect(diagnostics.errors.first?.address == "lake.small.workload.dataVolume")
    }

    @Test func duplicateLakesAcrossFilesAreReported() {
        let first = LoadedBlueprint(path: "a.yaml", document: Wire.Document(lakes: [Self.lake()]),
                                    sourceMap: ["lakes[0]": Diagnostic.Location(file: "a.yaml", line: 3, column: 3)])
        let second = LoadedBlueprint(path: "b.swift", document: Wire.Document(lakes: [Self.lake()]),
                                     sourceMap: ["lakes[0]": Diagnostic.Location(file: "b.swift", line: 4, column: 5)])
        let diagnostics = SpecMapper.checkUniqueLakeNames([first, second])
        #expect(diagnostics.errorIDs == ["lake.duplicateName"])
        #expect(diagnostics.errors.first?.source?.file == "b.swift")
        #expect(diagnostics.errors.first?.notes.first == "first declared at a.yaml:3")
    }

    @Test func pinsAreCheckedForKeyFloorAndComponent() {
        let (_, diagnostics) = Self.map([Self.lake {
            $0.pins = [
                Wire.Pin(key: "kafka.brokrs", value: Wire.Quantity(6)),
                Wire.Pin(key: "kafka.brokers", value: Wire.Quantity(2)),
                Wire.Pin(key: "trino.workers", value: Wire.Quantity(4)),
            ]
        }])
        #expect(diagnostics.errorIDs == ["pin.unknownKey", "pin.belowFloor", "pin.componentMissing"])
        #expect(diagnostics.errors[0].notes.first == "did you mean 'kafka.brokers'?")
    }

    @Test func brokerFloorRisesWithTheReplicationFactor() {
        let (_, diagnostics) = Self.map([Self.lake {
            $0.components.kafka = Wire.Kafka(replicationFactor: 5, minInsyncReplicas: 3)
            $0.pins = [Wire.Pin(key: "kafka.brokers", value: Wire.Quantity(4))]
        }])
        #expect(diagnostics.errors.first?.message.contains("below the safe minimum of 5") == true)
    }

    @Test func referencesToUnknownJobsStreamsAndColumnsAreCaught() {
        let (_, diagnostics) = Self.map([Self.lake {
            $0.components.spark = Wire.Spark(jobs: [Wire.SparkJob(name: "bronze-to-silver", language: .python, application: "s3a://x/b.py")])
            $0.components.airflow = Wire.Airflow(dags: [Wire.DAG(name: "daily_etl", schedule: "@daily", tasks: [
                Wire.DAGTask(id: "b2s", sparkJob: "bronze-to-silvr"),
                Wire.DAGTask(id: "s2g", sparkJob: "bronze-to-silver", after: ["b2x"]),
            ])])
            $0.components.flink = Wire.Flink(jobs: [Wire.FlinkJob(name: "enrich", source: "clicks", jarURI: "local:///j.jar")])
            $0.components.iceberg = Wire.Iceberg(catalog: "lake", type: .rest, warehouse: "s3a://lake/wh", tables: [
                Wire.Table(namespace: "db", name: "events", columns: [Wire.Column(name: "ts", type: "timestamp")],
                           partitionBy: ["days(timestamp)", "bucket(x, ts)"])])
        }])
        #expect(diagnostics.errorIDs == [
            "spec.unknownReference", "iceberg.invalidTransform", "spec.unknownReference", "spec.unknownReference", "spec.unknownReference",
        ])
        #expect(diagnostics.errors.contains { $0.notes.contains("did you mean 'bronze-to-silver'?") })
    }

    @Test func dependencyCyclesAreFound() {
        let tasks = [DAGTaskSpec(id: "a", sparkJob: "j"), DAGTaskSpec(id: "b", sparkJob: "j")].enumerated().map { index, task in
            var task = task
            task.after = index == 0 ? ["b"] : ["a"]
            return task
        }
        #expect(PipelineMapper.firstCycle(in: tasks) == ["a", "b", "a"])
        #expect(PipelineMapper.firstCycle(in: [DAGTaskSpec(id: "a", sparkJob: "j")]) == nil)
    }

    @Test func ingestMustBeEventsWithSizeOrARateButNotBoth() {
        let (_, both) = Self.map([Self.lake { $0.workload.ingest?.rate = Wire.ByteRate(bytesPerSecond: 1) }])
        #expect(both.errorIDs == ["workload.ingestAmbiguous"])
        let (_, neither) = Self.map([Self.lake { $0.workload.ingest = Wire.Ingest(peakPercent: 150) }])
        #expect(neither.errorIDs == ["workload.ingestIncomplete"])
    }

    @Test func duplicateStreamsAndOverfullSharesAreErrors() {
        let (_, diagnostics) = Self.map([Self.lake {
            let week = Wire.TimeSpan(seconds: 604_800)
            $0.workload.streams = [
                Wire.Stream(name: "events", sharePercent: 70, retention: week),
                Wire.Stream(name: "events", sharePercent: 50, retention: week),
            ]
        }])
        #expect(diagnostics.errorIDs.sorted() == ["spec.duplicateName", "workload.streamShares"])
    }
}
