import LakeModel
@testable import Sizing

/// Small lakes and hand-built Kafka topics for the processing tests.
enum ProcessingLake {
    static let gib = 1 << 30
    static let mib = 1 << 20

    static func spec(batchPerDay: Int? = 1_000_000_000_000, ingest: Int? = 100_000_000, pins: [PinSpec] = []) -> LakeSpec {
        var workload = WorkloadSpec(dataVolume: .terabytes(100))
        workload.batchPerDay = batchPerDay.map { Bytes($0) }
        workload.ingestRate = ingest.map { BytesPerSecond($0) }
        return LakeSpec(name: "test", tier: "small", namespace: "lake", blueprintPath: "test.yaml", workload: workload, pins: pins)
    }

    static func ledger(batchPerDay: Int? = 1_000_000_000_000, ingest: Int? = 100_000_000, pins: [PinSpec] = []) -> Ledger {
        Ledger(lake: spec(batchPerDay: batchPerDay, ingest: ingest, pins: pins))
    }

    /// A resolved Kafka with one topic of `partitions` partitions.
    static func kafka(topic: String, partitions: Int) -> ResolvedKafka {
        let broker = Resources(cpu: .cores(2), memory: .gibibytes(8))
        return ResolvedKafka(
            brokers: 3, controllers: 3, replicationFactor: 3, minInsyncReplicas: 2, brokerResources: broker, brokerHeap: .gibibytes(4),
            storagePerBroker: .terabytes(1), controllerResources: broker, controllerStorage: .gibibytes(20),
            topics: [ResolvedTopic(name: topic, partitions: partitions, retention: .days(7), ingress: BytesPerSecond(50_000_000))], pods: [])
    }

    static func sparkJob(_ name: String = "etl", _ language: SparkJobSpec.Language = .scala) -> SparkJobSpec {
        SparkJobSpec(name: name, language: language, application: "s3a://lake/jobs/\(name)")
    }

    static func flinkJob(_ name: String = "enrich", source: String = "clicks", parallelism: Int? = nil) -> FlinkJobSpec {
        var job = FlinkJobSpec(name: name, source: source, jarURI: "local:///opt/flink/\(name).jar")
        job.parallelism = parallelism
        return job
    }

    /// The rule value a pinned derivation kept, or nil when `address` was not pinned.
    static func pinnedRuleValue(_ ledger: Ledger, _ address: String) -> Int? {
        guard case let .pinned(_, ruleValue)? = ledger.provenance[address]?.origin else { return nil }
        return ruleValue
    }
}
