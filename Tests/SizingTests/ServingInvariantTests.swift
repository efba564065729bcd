import LakeModel
import Testing
@testable import Sizing

/// Invariants fire for hand-built bad cases and for pins below the need.
@Suite struct ServingInvariantTests {
    static let gib = 1 << 30

    static func check(_ build: (inout ResolvedLake) -> Void, components: (inout ComponentsSpec) -> Void = { _ in }) -> [String] {
        let spec = ServingTestLakes.lake { _, c in components(&c) }
        var lake = ResolvedLake(spec: spec)
        build(&lake)
        let ledger = Ledger(lake: spec)
        Invariants.checkServing(lake, ledger)
        return ServingTestLakes.errorIDs(ledger)
    }

    static func resources(_ memory: Int) -> Resources { Resources(cpu: .cores(4), memory: Bytes(memory)) }

    @Test func trinoHeapAndQueryMemory() {
        let ids = Self.check { lake in
            lake.trino = ResolvedTrino(
                workers: 2, worker: Self.resources(64 * Self.gib), workerHeap: Bytes(64 * Self.gib), coordinator: Self.resources(16 * Self.gib),
                coordinatorHeap: Bytes(8 * Self.gib), maxMemoryPerNode: Bytes(40 * Self.gib), heapHeadroomPerNode: Bytes(30 * Self.gib),
                maxMemory: Bytes(80 * Self.gib), pods: [])
        }
        #expect(ids == ["invariant.heapExceedsContainer", "invariant.trinoQueryMemory"])
    }

    @Test func searchHeapShardsAndDisk() {
        let ids = Self.check { lake in
            lake.elasticsearch = ResolvedSearch(
                dataNodes: 3, node: Self.resources(64 * Self.gib), heap: Bytes(40 * Self.gib), primaryShards: 2_000, primaryShardsPerIndex: 67, replicas: 1,
                diskPerNode: .terabytes(1), indexBytes: .terabytes(3), pods: [])
        }
        #expect(ids == ["invariant.searchHeapOops", "invariant.searchHeapShare", "invariant.searchShardsPerNode", "invariant.searchDiskWatermark",
                        "invariant.searchDiskAfterNodeLoss"])
    }

    @Test func milvusOverloadedQueryNodes() {
        let ids = Self.check({ lake in
            lake.milvus = ResolvedMilvus(vectorBytes: .terabytes(1), indexBytes: Bytes(200 * Self.gib), queryNodes: 2,
                                         queryNode: Self.resources(64 * Self.gib), pods: [])
        }, components: { $0.milvus = MilvusSpec() })
        #expect(ids == ["invariant.milvusQueryNodeMemory"])
    }

    @Test func redisMaxMemoryBeyondItsContainer() {
        let ids = Self.check({ lake in
            lake.redis = ResolvedRedis(maxMemory: Bytes(6 * Self.gib), replicas: 2, resources: Self.resources(10 * Self.gib), pods: [])
        }, components: {
            var redis = RedisSpec()
            redis.persistence = true
            $0.redis = redis
        })
        #expect(ids == ["invariant.redisMaxMemory"])
    }

    @Test func postgresGuardrail() {
        let ids = Self.check { lake in
            lake.postgres = ResolvedPostgres(
                instances: 2, memory: Bytes(8 * Self.gib), sharedBuffers: Bytes(2 * Self.gib), effectiveCacheSize: Bytes(6 * Self.gib),
                workMem: .mebibytes(64), maintenanceWorkMem: .mebibytes(512), maxConnections: 500, volume: Bytes(50 * Self.gib),
                resources: Self.resources(8 * Self.gib), pods: [])
        }
        #expect(ids == ["invariant.postgresMemory"])
    }

    @Test func pinsBelowTheNeedAreReported() {
        let spec = ServingTestLakes.everything(pins: [
            PinSpec(key: .druidHistoricals, value: 2), PinSpec(key: .druidMiddleManagers, value: 1),
            PinSpec(key: .milvusQueryNodes, value: 1), PinSpec(key: .prometheusStorage, value: 10_000_000_000),
            PinSpec(key: .elasticsearchNodes, value: 3),
        ])
        let ids = Set(ServingTestLakes.errorIDs(ServingTestLakes.resolve(spec).ledger))
        #expect(ids == ["invariant.druidSegmentCache", "invariant.druidWorkerCapacity", "invariant.milvusQueryNodeMemory",
                        "invariant.prometheusRetention", "invariant.searchShardsPerNode"])
    }
}
