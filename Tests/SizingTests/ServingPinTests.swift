import LakeModel
import Testing
@testable import Sizing

/// Pins win over the rules and are recorded as pinned, with what the rule would have chosen.
@Suite struct ServingPinTests {
    static let gib = 1 << 30

    @Test(arguments: [
        (PinKey.trinoWorkers, 7), (.trinoWorkerMemory, 128 << 30), (.druidHistoricals, 40), (.druidMiddleManagers, 9),
        (.elasticsearchNodes, 12), (.elasticsearchMemory, 32 << 30), (.opensearchNodes, 5), (.opensearchMemory, 16 << 30),
        (.milvusQueryNodes, 64), (.milvusQueryNodeMemory, 128 << 30), (.redisMemory, 32 << 30), (.postgresMemory, 64 << 30),
        (.fastapiReplicas, 6), (.hasuraReplicas, 3), (.atlasReplicas, 3), (.prometheusStorage, 2_000_000_000_000),
    ])
    func pinWinsAndIsRecorded(key: PinKey, value: Int) throws {
        let spec = ServingTestLakes.everything(pins: [PinSpec(key: key, value: value, reason: "test pin")])
        let (lake, ledger) = ServingTestLakes.resolve(spec)
        let derivation = try #require(ledger.provenance[key.name], "\(key.name) is not recorded")
        #expect(derivation.value == value)
        guard case let .pinned(reason, ruleValue) = derivation.origin else {
            Issue.record("\(key.name) is not recorded as pinned")
            return
        }
        #expect(reason == "test pin")
        #expect(ruleValue != nil)
        #expect(Self.resolvedValue(key, lake) == value)
    }

    @Test func unpinnedValuesComeFromRules() throws {
        let ledger = ServingTestLakes.resolve(ServingTestLakes.everything()).ledger
        for key in [PinKey.trinoWorkers, .druidHistoricals, .elasticsearchNodes, .milvusQueryNodes, .postgresMemory] {
            let derivation = try #require(ledger.provenance[key.name])
            #expect(derivation.origin == .rule, "\(key.name)")
            #expect(derivation.rule != nil && !derivation.calculation.isEmpty)
        }
    }

    @Test func pinnedWorkerMemoryResizesTheHeapAndQueryMemory() throws {
        let spec = ServingTestLakes.everything(pins: [PinSpec(key: .trinoWorkerMemory, value: 256 << 30)])
        let trino = try #require(ServingTestLakes.resolve(spec).lake.trino)
        #expect(trino.workerHeap.value == 183_500 << 20)
        #expect(trino.maxMemoryPerNode.value == 55_050 << 20)
        #expect(trino.maxMemory.value == trino.maxMemoryPerNode.value * trino.workers)
    }

    static func resolvedValue(_ key: PinKey, _ lake: ResolvedLake) -> Int? {
        switch key {
        case .trinoWorkers: lake.trino?.workers
        case .trinoWorkerMemory: lake.trino?.worker.memoryLimit.value
        case .druidHistoricals: lake.druid?.historicals
        case .druidMiddleManagers: lake.druid?.middleManagers
        case .elasticsearchNodes: lake.elasticsearch?.dataNodes
        case .elasticsearchMemory: lake.elasticsearch?.node.memoryLimit.value
        case .opensearchNodes: lake.opensearch?.dataNodes
        case .opensearchMemory: lake.opensearch?.node.memoryLimit.value
        case .milvusQueryNodes: lake.milvus?.queryNodes
        case .milvusQueryNodeMemory: lake.milvus?.queryNode.memoryLimit.value
        case .redisMemory: lake.redis?.resources.memoryLimit.value
        case .postgresMemory: lake.postgres?.memory.value
        case .fastapiReplicas: lake.fastapi?.replicas
        case .hasuraReplicas: lake.hasura?.replicas
        case .atlasReplicas: lake.atlas?.replicas
        case .prometheusStorage: lake.monitoring?.storage.value
        default: nil
        }
    }
}
