import LakeModel
@testable import Sizing

/// Builds lakes for the serving tests and resolves every serving component of one.
enum ServingTestLakes {
    static let terabyte = 1_000_000_000_000
    static let petabyte = 1_000_000_000_000_000

    static func lake(dataVolume: Int = petabyte, pins: [PinSpec] = [], _ configure: (inout WorkloadSpec, inout ComponentsSpec) -> Void) -> LakeSpec {
        var workload = WorkloadSpec(dataVolume: Bytes(dataVolume))
        var components = ComponentsSpec()
        configure(&workload, &components)
        return LakeSpec(name: "test", tier: "test", namespace: "datalake", blueprintPath: "test.yaml", workload: workload,
                        components: components, pins: pins)
    }

    /// A lake that deploys every serving component with a realistic workload.
    static func everything(scannedPerDay: Int = petabyte, vectors: Int = 100_000_000, logsPerDay: Int = terabyte,
                           ingest: Int = 100_000_000, users: Int = 5_000, pins: [PinSpec] = []) -> LakeSpec {
        lake(pins: pins) { workload, components in
            workload.ingestRate = BytesPerSecond(ingest)
            workload.scannedPerDay = Bytes(scannedPerDay)
            workload.concurrentQueries = 20
            workload.activeUsers = users
            workload.vectors = VectorSpec(count: vectors, dimensions: 768)
            workload.logsPerDay = Bytes(logsPerDay)
            workload.streams = [StreamSpec(name: "events", sharePercent: 100, retention: .days(7))]
            components.kafka = KafkaSpec()
            components.trino = TrinoSpec()
            var druid = DruidSpec()
            druid.source = "events"
            components.druid = druid
            components.elasticsearch = SearchSpec()
            components.opensearch = SearchSpec()
            components.milvus = MilvusSpec()
            components.redis = RedisSpec()
            components.postgres = PostgresSpec()
            components.airflow = AirflowSpec()
            components.fastapi = FastAPISpec(image: "api:1")
            components.hasura = HasuraSpec()
            components.atlas = AtlasSpec()
            components.monitoring = MonitoringSpec()
        }
    }

    /// Resolves every serving component of `spec` the way the lead's Resolver wires them, then checks the invariants.
    static func resolve(_ spec: LakeSpec) -> (lake: ResolvedLake, ledger: Ledger) {
        let ledger = Ledger(lake: spec)
        var lake = ResolvedLake(spec: spec)
        let c = spec.components
        lake.kafka = c.kafka.map { KafkaResolver.resolve($0, ledger) }
        lake.trino = c.trino.map { TrinoResolver.resolve($0, ledger) }
        lake.druid = c.druid.map { DruidResolver.resolve($0, kafka: lake.kafka, ledger) }
        lake.elasticsearch = c.elasticsearch.map { SearchResolver.resolve($0, kind: .elasticsearch, ledger) }
        lake.opensearch = c.opensearch.map { SearchResolver.resolve($0, kind: .opensearch, ledger) }
        lake.milvus = c.milvus.map { MilvusResolver.resolve($0, ledger) }
        lake.redis = c.redis.map { RedisResolver.resolve($0, ledger) }
        lake.fastapi = c.fastapi.map { ReplicatedResolver.fastapi($0, ledger) }
        lake.hasura = c.hasura.map { ReplicatedResolver.hasura($0, ledger) }
        lake.atlas = c.atlas.map { ReplicatedResolver.atlas($0, ledger) }
        lake.postgres = c.postgres.map { PostgresResolver.resolve($0, hasura: lake.hasura, ledger) }
        let pods = lake.podGroups.reduce(0) { $0 + $1.replicas }
        lake.monitoring = c.monitoring.map { MonitoringResolver.resolve($0, podCount: pods, ledger) }
        Invariants.checkServing(lake, ledger)
        return (lake, ledger)
    }

    static func errorIDs(_ ledger: Ledger) -> [String] { ledger.diagnostics.errors.map(\.id) }
}
