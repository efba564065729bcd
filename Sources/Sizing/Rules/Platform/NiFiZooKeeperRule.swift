import LakeModel

/// The ZooKeeper ensemble NiFi's chart installs (bitnami zookeeper 9.2.7): three servers for a NiFi cluster,
/// which keep a majority through one failure, one for a single node; its JVM heap well below the memory limit.
enum NiFiZooKeeperRule: SizingRule {
    /// The bitnami chart's `heapSize` default in MB, which the values leave as is.
    static let heapMiB = 1_024
    /// Container memory = heap × 3 / 2: the heap, and off-heap, metaspace and threads (sizing-rules §0.3).
    static let memory = Resources(cpu: Millicores(250), memory: .mebibytes(heapMiB * 3 / 2))
    static let ensemble = 3

    static let description = RuleDescription(
        id: "nifi.zookeeper",
        summary: "NiFi's ZooKeeper: 3 servers for a NiFi cluster (a majority survives one failure), 1 for a single node; "
            + "the chart's 1 GiB heap (`heapSize` 1024, in MiB) in a 1.5 GiB container with the chart's 250m CPU request.",
        formula: "servers = NiFi nodes > 1 ? 3 : 1; memory request = limit = heapSize × 3/2",
        constants: [
            RuleConstant("heapSize", "\(heapMiB) MiB", "bitnami zookeeper values.yaml `heapSize` default"),
            RuleConstant("memory", memory.summary, "heap + 50% for off-heap, metaspace and threads; never -Xmx = limit"),
        ],
        source: "https://zookeeper.apache.org/doc/current/zookeeperAdmin.html#sc_zkMulitServerSetup (ensembles of 3 tolerate one failure) ; "
            + "https://github.com/bitnami/charts/blob/main/bitnami/zookeeper/values.yaml (`heapSize`, `resources`) ; sizing-rules §0.3",
        evidence: .documented,
        examples: [
            RuleExample("3 NiFi nodes", expect: "3 servers of 250m CPU, 1.5 GiB") { "\(servers(nifiNodes: 3)) servers of \(memory.summary)" },
            RuleExample("1 NiFi node", expect: "1 servers") { "\(servers(nifiNodes: 1)) servers" },
        ])

    static func servers(nifiNodes: Int) -> Int { nifiNodes > 1 ? ensemble : 1 }
}
