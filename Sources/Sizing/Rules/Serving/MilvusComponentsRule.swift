import LakeModel

/// Milvus's fixed cluster-mode parts besides query nodes: coordinator, proxies, data nodes and etcd.
enum MilvusComponentsRule: SizingRule {
    /// One fixed part: pod name, replicas, millicores, memory and volume.
    struct Part {
        let name: String
        let replicas: Int
        let cpu: Int
        let memory: Int
        let storage: Int?
    }

    static let parts = [
        Part(name: "milvus-mixcoord", replicas: 1, cpu: 1_000, memory: 2 << 30, storage: nil),
        Part(name: "milvus-proxy", replicas: 2, cpu: 2_000, memory: 4 << 30, storage: nil),
        Part(name: "milvus-datanode", replicas: 2, cpu: 4_000, memory: 8 << 30, storage: nil),
        Part(name: "milvus-etcd", replicas: 3, cpu: 2_000, memory: 8 << 30, storage: 10 << 30),
    ]

    static let description = RuleDescription(
        id: "milvus.components",
        summary: "Fixed parts: mixCoord 1 CPU / 2 GiB, 2 proxies of 2 CPU / 4 GiB, 2 data nodes of 4 CPU / 8 GiB (the operator's "
            + "example sizes), and a 3-member etcd of 2 CPU / 8 GiB with 10 GiB volumes. The message queue and the streaming "
            + "nodes have their own rules (milvus.pulsar, milvus.streamingNodes).",
        formula: "mixCoord 1 × (1, 2 GiB); proxy 2 × (2, 4 GiB); dataNode 2 × (4, 8 GiB); etcd 3 × (2, 8 GiB, 10 GiB)",
        constants: [
            RuleConstant("component sizes", "1/2 GiB, 2/4 GiB, 4/8 GiB", "milvus-operator's allocate-resources example"),
            RuleConstant("etcd", "3 × 2 CPU / 8 GiB", "etcd's small-cluster hardware guide; the Milvus chart's 3 replicas, 10 Gi"),
            RuleConstant("two proxies and data nodes", "2", "rule of thumb: survive one pod restart"),
        ],
        source: "https://github.com/zilliztech/milvus-operator/blob/main/docs/administration/allocate-resources.md ; https://etcd.io/docs/v3.5/op-guide/hardware/",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("the fixed parts", expect: "8 pods, 19 CPU, 50 GiB") {
                let pods = parts.reduce(0) { $0 + $1.replicas }
                let cpu = parts.reduce(0) { $0 + $1.replicas * $1.cpu }
                let memory = parts.reduce(0) { $0 + $1.replicas * $1.memory }
                return "\(pods) pods, \(Millicores(cpu)) CPU, \(Bytes(memory).memoryText)"
            },
        ])

    static func pods() -> [PodGroup] {
        parts.map {
            PodGroup(name: $0.name, component: .milvus, replicas: $0.replicas,
                     resources: Resources(cpu: Millicores($0.cpu), memory: Bytes($0.memory)),
                     storagePerReplica: $0.storage.map { Bytes($0) }, stateful: $0.storage != nil)
        }
    }
}
