import LakeModel

/// The bundled Pulsar v3 for a lake without Kafka: every JVM's container holds its heap, direct memory and overhead.
enum MilvusPulsarRule: SizingRule {
    /// One Pulsar component: pod name, replicas, millicores, heap and direct memory (MiB) from the Milvus chart, and volume.
    struct Part {
        let name: String
        let replicas: Int
        let cpu: Int
        let heapMiB: Int
        /// -XX:MaxDirectMemorySize; nil when unset, so the JDK allows as much as the heap.
        let directMiB: Int?
        let storage: Int?

        var memory: Int { (heapMiB + (directMiB ?? heapMiB) + MilvusPulsarRule.overheadMiB) << 20 }
    }

    /// Metaspace, thread stacks, code cache and GC structures beside heap and direct memory.
    static let overheadMiB = 512

    static let parts = [
        Part(name: "milvus-pulsar-zookeeper", replicas: 3, cpu: 200, heapMiB: 256, directMiB: nil, storage: 20 << 30),
        Part(name: "milvus-pulsar-bookie", replicas: 3, cpu: 500, heapMiB: 4_096, directMiB: 8_192, storage: 300 << 30),
        Part(name: "milvus-pulsar-autorecovery", replicas: 1, cpu: 100, heapMiB: 128, directMiB: nil, storage: nil),
        Part(name: "milvus-pulsar-broker", replicas: 2, cpu: 500, heapMiB: 4_096, directMiB: 8_192, storage: nil),
        Part(name: "milvus-pulsar-proxy", replicas: 2, cpu: 500, heapMiB: 512, directMiB: 2_048, storage: nil),
    ]

    static let description = RuleDescription(
        id: "milvus.pulsar",
        summary: "Without the lake's Kafka, Milvus logs to its bundled Pulsar v3 with the Milvus chart's replicas, CPU requests and "
            + "JVM flags. Each container's memory (request = limit) holds heap + direct memory + 512 MiB of JVM overhead, where "
            + "the chart sets requests of 2 GiB for a 4 GiB heap and 8 GiB of direct memory. Without -XX:MaxDirectMemorySize the "
            + "JDK allows as much direct memory as heap.",
        formula: "memory = heap + (MaxDirectMemorySize ?? heap) + 512 MiB; replicas and CPU = the Milvus chart's pulsarv3 defaults",
        constants: [
            RuleConstant("zookeeper", "3 × 0.2 CPU, -Xmx256m, 20 GiB", "milvus-helm values.yaml pulsarv3.zookeeper"),
            RuleConstant("bookie", "3 × 0.5 CPU, -Xmx4096m, direct 8192m, 100 + 200 GiB", "milvus-helm values.yaml pulsarv3.bookkeeper"),
            RuleConstant("autorecovery", "1 × 0.1 CPU, -Xmx128m", "milvus-helm values.yaml pulsarv3.autorecovery"),
            RuleConstant("broker", "2 × 0.5 CPU, -Xmx4096m, direct 8192m", "milvus-helm values.yaml pulsarv3.broker"),
            RuleConstant("proxy", "2 × 0.5 CPU, -Xmx512m, direct 2048m", "milvus-helm values.yaml pulsarv3.proxy"),
            RuleConstant("JVM overhead", "512 MiB", "rule of thumb: metaspace, threads, code cache, GC (sizing-rules §0.3)"),
        ],
        source: "https://github.com/zilliztech/milvus-helm/blob/master/charts/milvus/values.yaml (pulsarv3) ; "
            + "https://pulsar.apache.org/docs/next/reference-configuration/ ; sizing-rules §0.3",
        evidence: .documented,
        examples: [
            RuleExample("a bookie", expect: "12.5 GiB") { Bytes(parts[1].memory).memoryText },
            RuleExample("a zookeeper", expect: "1 GiB") { Bytes(parts[0].memory).memoryText },
            RuleExample("the whole Pulsar", expect: "11 pods, 72.25 GiB") {
                "\(parts.reduce(0) { $0 + $1.replicas }) pods, \(Bytes(parts.reduce(0) { $0 + $1.replicas * $1.memory }).memoryText)"
            },
        ])

    static func pods() -> [PodGroup] {
        parts.map {
            PodGroup(name: $0.name, component: .milvus, replicas: $0.replicas, resources: Resources(cpu: Millicores($0.cpu), memory: Bytes($0.memory)),
                     storagePerReplica: $0.storage.map { Bytes($0) }, stateful: $0.storage != nil)
        }
    }
}
