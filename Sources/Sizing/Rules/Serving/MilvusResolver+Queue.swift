import LakeModel

extension MilvusResolver {
    /// The lake's Kafka when it has one, else the sized bundled Pulsar; with the streaming nodes that write to it.
    static func messageQueue(_ ledger: Ledger) -> (queue: MilvusMessageQueue, pods: [PodGroup]) {
        let kafka = ledger.lake.components.kafka != nil
        let pulsar = ledger.decide("milvus.pulsarPods", .count, by: MilvusPulsarRule.description, inputs: []) {
            if kafka { return (0, "the lake's Strimzi Kafka carries Milvus's log: one system fewer, no Pulsar") }
            let count = MilvusPulsarRule.parts.reduce(0) { $0 + $1.replicas }
            return (count, "no Kafka in the lake: the bundled Pulsar's \(count) pods, each with heap + direct memory + 512 MiB")
        }
        let rule = MilvusStreamingNodeRule.description
        let nodes = ledger.decide("milvus.streamingNodes", .count, by: rule, inputs: []) {
            (MilvusStreamingNodeRule.nodes, "\(MilvusStreamingNodeRule.nodes) nodes share the 16 DML channels")
        }
        let memory = ledger.decide("milvus.streamingNodeMemory", .memory, by: rule, inputs: ["milvus.streamingNodes"]) {
            (MilvusStreamingNodeRule.memory, "⌈16 × 1 GiB / \(nodes)⌉ + 2 GiB = \(Bytes(MilvusStreamingNodeRule.memory).memoryText)")
        }
        let cpu = ledger.decide("milvus.streamingNodeCPU", .millicores, by: rule, inputs: ["milvus.streamingNodeMemory"]) {
            let cores = IntegerMath.ceilDiv(memory, 4 << 30)
            return (cores * 1_000, "⌈\(Bytes(memory).memoryText) / 4 GiB⌉ = \(cores) cores")
        }
        let streaming = PodGroup(name: "milvus-streamingnode", component: .milvus, replicas: nodes,
                                 resources: Resources(cpu: Millicores(cpu), memory: Bytes(memory)), stateful: false)
        return pulsar == 0 ? (.lakeKafka, [streaming]) : (.pulsar, [streaming] + MilvusPulsarRule.pods())
    }

    /// Warns when the in-memory index outgrows what query nodes should carry.
    static func warnAtScale(_ spec: MilvusSpec, count: Int, indexBytes: Int, nodes: Int, _ ledger: Ledger) {
        if count >= MilvusScaleRule.diskIndexVectors {
            ledger.warning("milvus.inMemoryIndexAtScale",
                           "\(QuantityUnit.count.format(count)) vectors keep \(Bytes(indexBytes).memoryText) of \(spec.index.rawValue.uppercased()) index in query-node memory",
                           address: "milvus.indexBytes",
                           notes: ["a DiskANN index keeps only its compressed vectors in memory, and IVF_SQ8 or IVF_PQ quantisation "
                               + "shrinks the vectors 4× or more; or lower the dimensions"])
        }
        if nodes > MilvusScaleRule.maxQueryNodes {
            ledger.warning("milvus.queryNodeBound",
                           "\(QuantityUnit.count.format(nodes)) query nodes exceed the \(QuantityUnit.count.format(MilvusScaleRule.maxQueryNodes)) one Milvus cluster should carry",
                           address: "milvus.queryNodes",
                           notes: ["use a DiskANN or quantised index, larger query nodes (pin milvus.queryNodeMemory), "
                               + "or split the vectors over several Milvus clusters"])
        }
    }
}
