import LakeModel
import Testing
@testable import Sizing

/// What explain says of the serving figures matches what the rules do and the lake they run in.
@Suite struct ServingExplainTextTests {
    static func provenance(_ configure: (inout WorkloadSpec, inout ComponentsSpec) -> Void, written: Set<String> = []) -> Provenance {
        var spec = ServingTestLakes.lake(configure)
        spec.writtenSettings = written
        return ServingTestLakes.resolve(spec).ledger.provenance
    }

    @Test func redisSaysItsPerUserShareAndClamp() throws {
        let provenance = Self.provenance { workload, components in
            workload.activeUsers = 25_000
            components.redis = RedisSpec()
        }
        let memory = try #require(provenance["redis.memory"])
        #expect(memory.calculation.contains("clamp(25,000 users × \(RedisMemoryRule.perUser >> 10) KiB, 1 GiB, 64 GiB) = 1.52 GiB"),
                "\(memory.calculation)")
        #expect(!memory.calculation.contains("1 MiB"))
        #expect(memory.inputs == ["workload.activeUsers"])
    }

    @Test func redisGivenACacheSizeNamesNoUsers() throws {
        let provenance = Self.provenance { workload, components in
            workload.activeUsers = 25_000
            var redis = RedisSpec()
            redis.maxMemory = Bytes.gibibytes(16)
            components.redis = redis
        }
        let memory = try #require(provenance["redis.memory"])
        #expect(memory.calculation.hasPrefix("16 GiB from the blueprint"))
        #expect(memory.inputs.isEmpty)
    }

    @Test(arguments: [
        (true, true, "requests wait on Trino, PostgreSQL or Milvus"),
        (false, true, "requests wait on PostgreSQL or Milvus"),
        (false, false, "rule of thumb for I/O-bound handlers"),
    ])
    func fastAPIsDefaultRateNamesTheStoresOfItsLake(trino: Bool, stores: Bool, expected: String) throws {
        let provenance = Self.provenance { workload, components in
            workload.activeUsers = 5_000
            components.fastapi = FastAPISpec(image: "api:1")
            if trino { components.trino = TrinoSpec() }
            if stores { (components.postgres, components.milvus) = (PostgresSpec(), MilvusSpec()) }
        }
        let perReplica = try #require(provenance["fastapi.requestsPerReplica"])
        #expect(perReplica.origin == .defaulted)
        #expect(perReplica.formula.contains(expected), "\(perReplica.formula)")
        #expect(trino || !perReplica.formula.contains("Trino"))
    }

    @Test func aWrittenSettingEqualToItsDefaultIsTheBlueprints() throws {
        func origins(written: Set<String>) -> [Origin?] {
            let provenance = Self.provenance({ workload, components in
                workload.logsPerDay = .terabytes(1)
                components.opensearch = SearchSpec()
                components.monitoring = MonitoringSpec()
            }, written: written)
            return ["opensearch.replicas", "opensearch.retention", "prometheus.retention"].map { provenance[$0]?.origin }
        }
        #expect(origins(written: []) == [.defaulted, .defaulted, .defaulted])
        #expect(origins(written: ["opensearch.replicas", "monitoring.retention"]) == [.input(reason: nil), .defaulted, .input(reason: nil)])
    }
}
