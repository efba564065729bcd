import LakeModel

/// Resolves Milvus: vector and index memory, query nodes, the message queue, streaming nodes and the fixed cluster parts.
enum MilvusResolver {
    static func resolve(_ spec: MilvusSpec, _ ledger: Ledger) -> ResolvedMilvus {
        let vectors = ledger.lake.workload.vectors
        if vectors == nil {
            ledger.warning("milvus.noVectors", "Milvus is deployed but the workload declares no vectors", address: "milvus.queryNodes",
                           notes: ["declare workload vectors (count and dimensions) to size the query nodes"])
        }
        let count = vectorsAtHorizon(given: vectors?.count, ledger)
        let dimensions = ledger.setting("workload.vectors.dimensions", given: vectors?.dimensions, default: 0, .count, "no vectors declared")
        let replicas = ledger.setting("milvus.replicas", spec.replicas, default: 1, .count, "one in-memory replica")
        let vectorBytes = ledger.decide("milvus.vectorBytes", .memory, by: MilvusIndexRule.description,
                                        inputs: ["milvus.vectorsAtHorizon", "workload.vectors.dimensions"]) {
            let value = MilvusIndexRule.vectorBytes(count: count, dimensions: dimensions)
            return (value, "\(QuantityUnit.count.format(count)) × \(dimensions) × 4 B = \(Bytes(value).memoryText)")
        }
        let indexBytes = ledger.decide("milvus.indexBytes", .memory, by: MilvusIndexRule.description,
                                       inputs: ["milvus.vectorsAtHorizon", "workload.vectors.dimensions"]) {
            let value = MilvusIndexRule.indexBytes(spec, count: count, dimensions: dimensions)
            let shape = spec.index == .hnsw ? "1.1 × (4 × \(dimensions) + 8 × \(spec.hnswM)) × \(QuantityUnit.count.format(count))"
                : "1.1 × (4 × \(dimensions) × \(QuantityUnit.count.format(count)) + 4 × \(spec.ivfNlist) × \(dimensions))"
            return (value, "\(shape) = \(Bytes(value).memoryText)")
        }
        let memory = ledger.decide("milvus.queryNodeMemory", .memory, by: MilvusQueryNodeRule.description, inputs: [], pin: .milvusQueryNodeMemory) {
            (MilvusQueryNodeRule.defaultMemory, "default \(Bytes(MilvusQueryNodeRule.defaultMemory).memoryText) query node")
        }
        let nodes = ledger.decide("milvus.queryNodes", .count, by: MilvusQueryNodeRule.description,
                                  inputs: ["milvus.indexBytes", "milvus.replicas", "milvus.queryNodeMemory"], pin: .milvusQueryNodes) {
            let value = MilvusQueryNodeRule.queryNodes(index: indexBytes, replicas: replicas, memory: memory)
            return (value, "max(\(replicas), ⌈\(Bytes(indexBytes).memoryText) × \(replicas) / (\(Bytes(memory).memoryText) × 0.9 × 0.8)⌉) = \(value)")
        }
        let cores = ledger.decide("milvus.queryNodeCPU", .millicores, by: MilvusQueryNodeRule.description, inputs: ["milvus.queryNodeMemory"]) {
            let value = max(1, memory / (4 << 30))
            return (value * 1_000, "\(Bytes(memory).memoryText) / 4 GiB = \(value) cores")
        }
        let objects = ledger.decide("milvus.objectStorageBytes", .bytes, by: MilvusObjectStorageRule.description,
                                    inputs: ["milvus.vectorBytes", "milvus.indexBytes"]) {
            let value = MilvusObjectStorageRule.objectBytes(vectors: vectorBytes, index: indexBytes)
            return (value, "binlogs \(Bytes(vectorBytes).storageText) + index files \(Bytes(indexBytes).storageText), once for \(replicas) replicas = \(Bytes(value).storageText)")
        }
        warnAtScale(spec, count: count, indexBytes: indexBytes, nodes: nodes, ledger)
        let queue = messageQueue(ledger)
        let queryNode = Resources(cpu: Millicores(cores), memory: Bytes(memory))
        let pods = [PodGroup(name: "milvus-querynode", component: .milvus, replicas: nodes, resources: queryNode, stateful: true)]
            + MilvusComponentsRule.pods() + queue.pods
        return ResolvedMilvus(vectorBytes: Bytes(vectorBytes), indexBytes: Bytes(indexBytes), objectStorageBytes: Bytes(objects),
                              queryNodes: nodes, queryNode: queryNode, messageQueue: queue.queue,
                              logTopics: queue.queue == .lakeKafka ? MilvusStreamingNodeRule.topics : [], pods: pods)
    }

    /// The blueprint's vector count grown to the planning horizon, recorded with its input.
    private static func vectorsAtHorizon(given: Int?, _ ledger: Ledger) -> Int {
        let workload = ledger.lake.workload
        let count = ledger.setting("workload.vectors.count", given: given, default: 0, .count, "no vectors declared")
        let growth = ledger.input("workload.yearlyGrowth", workload.yearlyGrowthPercent, .percent, reasonKey: "yearlyGrowthPercent")
        let horizon = ledger.input("workload.horizon", workload.horizonMonths, .count, reasonKey: "horizon")
        return ledger.decide("milvus.vectorsAtHorizon", .count, by: MilvusGrowthRule.description,
                             inputs: ["workload.vectors.count", "workload.yearlyGrowth", "workload.horizon"]) {
            let value = workload.atHorizon(count)
            return (value, "\(QuantityUnit.count.format(count)) growing \(growth)%/year for \(horizon) months = \(QuantityUnit.count.format(value))")
        }
    }
}
