import Diagnostics
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

    /// What a whole resolve recorded: provenance and diagnostics.
    struct Resolution {
        var provenance: Provenance
        var diagnostics: Diagnostics
    }

    /// Resolves `spec` with the real Resolver (every component, node pools, every invariant).
    static func resolve(_ spec: LakeSpec) -> (lake: ResolvedLake, ledger: Resolution) {
        let (lake, diagnostics) = Resolver.resolve(spec)
        return (lake, Resolution(provenance: lake.provenance, diagnostics: diagnostics))
    }

    static func errorIDs(_ resolution: Resolution) -> [String] { resolution.diagnostics.errors.map(\.id) }

    static func errorIDs(_ ledger: Ledger) -> [String] { ledger.diagnostics.errors.map(\.id) }
}
