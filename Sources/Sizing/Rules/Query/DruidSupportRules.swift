import LakeModel

/// The Druid Router: the console and a single query endpoint in front of the Brokers.
enum DruidRouterRule: SizingRule {
    static let replicas = 2
    static let heap = 1 << 30
    static let direct = 128 << 20
    static let jvmOverhead = 512 << 20
    static let cores = 1

    static let description = RuleDescription(
        id: "druid.router",
        summary: "Two Routers (the query endpoint survives a restart), each with Druid's example 1 GiB heap and 128 MiB direct memory, "
            + "512 MiB JVM overhead rounded up to whole GiB, and one core: it only proxies requests.",
        formula: "routers = 2; memory = ⌈heap + direct + 512 MiB⌉ GiB; cpu = 1",
        constants: [
            RuleConstant("heap", "1 GiB", "Druid's example router jvm.config (-Xmx1g)"),
            RuleConstant("direct", "128 MiB", "Druid's example router jvm.config (MaxDirectMemorySize=128m)"),
            RuleConstant("JVM overhead", "512 MiB", "rule of thumb: metaspace, threads and code cache"),
            RuleConstant("replicas", "2", "rule of thumb: one Router restarting leaves the endpoint up"),
        ],
        source: "https://druid.apache.org/docs/latest/design/router ; apache/druid examples/conf/druid/cluster/query/router/jvm.config",
        evidence: .ruleOfThumb,
        examples: [RuleExample("any cluster", expect: "2 routers of 2 GiB, heap 1 GiB") {
            "\(replicas) routers of \(Bytes(memory).memoryText), heap \(Bytes(heap).memoryText)"
        }])

    static let memory = IntegerMath.roundUp(heap + direct + jvmOverhead, toMultipleOf: ServingUnits.gib)
}

/// Druid's ZooKeeper ensemble (the chart's Bitnami subchart): a quorum that survives one loss, heap well inside its container.
enum DruidZooKeeperRule: SizingRule {
    static let replicas = 3
    static let heapMiB = 512
    static let memory = 1 << 30
    static let cpu = 500
    static let storage = 8 << 30

    static let description = RuleDescription(
        id: "druid.zookeeper",
        summary: "Three ZooKeeper servers: a majority quorum that keeps Druid's leader election and discovery up through one "
            + "restart. Druid keeps little in ZooKeeper (segments are announced over HTTP), so a 512 MiB heap, half a 1 GiB "
            + "container (the rest for the JVM and the snapshot files' page cache), half a core and an 8 GiB volume.",
        formula: "replicas = 3; heap = 512 MiB; memory = 1 GiB; cpu = 500m; volume = 8 GiB",
        constants: [
            RuleConstant("replicas", "3", "ZooKeeper needs a majority: 3 servers survive one failure"),
            RuleConstant("heap", "512 MiB of 1 GiB", "ZooKeeper admin guide: the heap must never swap; half the container leaves room for the JVM"),
            RuleConstant("volume", "8 GiB", "the Bitnami chart's default persistence size"),
        ],
        source: "https://zookeeper.apache.org/doc/current/zookeeperAdmin.html (Clustered setup; Things to avoid: swapping) ; "
            + "https://druid.apache.org/docs/latest/dependencies/zookeeper",
        evidence: .documented,
        examples: [RuleExample("any cluster", expect: "3 servers, heap 512 MiB in 1 GiB") {
            "\(replicas) servers, heap \(Bytes(heapMiB << 20).memoryText) in \(Bytes(memory).memoryText)"
        }])
}

/// The chart's bundled PostgreSQL, which holds Druid's metadata when the lake deploys no PostgreSQL of its own.
enum DruidMetadataStoreRule: SizingRule {
    static let cores = 1
    static let memory = 2 << 30
    static let storage = 8 << 30

    static let description = RuleDescription(
        id: "druid.metadataStore",
        summary: "Without the lake's PostgreSQL, the chart's bundled one keeps Druid's metadata (segment records, rules, task and "
            + "supervisor state): one server of 1 core and 2 GiB, memory request = limit, instead of the subchart's preset.",
        formula: "lake PostgreSQL ? none : 1 core, 2 GiB, 8 GiB volume",
        constants: [
            RuleConstant("server", "1 core, 2 GiB", "rule of thumb for a metadata database of a few million segment rows"),
            RuleConstant("volume", "8 GiB", "the Bitnami chart's default persistence size"),
        ],
        source: "https://druid.apache.org/docs/latest/design/metadata-storage ; sizing-rules §0.2 (stateful services: request = limit)",
        evidence: .ruleOfThumb,
        examples: [RuleExample("a lake without PostgreSQL", expect: "1 core, 2 GiB") { "\(cores) core, \(Bytes(memory).memoryText)" }])
}
