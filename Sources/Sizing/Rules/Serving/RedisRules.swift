import LakeModel

/// Redis maxmemory from the cache size, and the container that holds it.
enum RedisMemoryRule: SizingRule {
    static let perUser = 64 << 10
    static let minimum = 1 << 30
    /// A derived cache is capped here; beyond it one Redis should become a Redis Cluster.
    static let derivedCap = 64 << 30
    static let maxMemoryPercent = 80

    static let description = RuleDescription(
        id: "redis.memory",
        summary: "maxmemory is the blueprint's cache size, else \(perUser >> 10) KiB per active user (\(Bytes(minimum).memoryText) to "
            + "\(Bytes(derivedCap).memoryText)). The container is maxmemory / 0.8 "
            + "without persistence (overhead, fragmentation, replica buffers) or 2 × maxmemory with it (fork copy-on-write); "
            + "a persistent volume of 2 × maxmemory holds a snapshot being rewritten beside the last one.",
        formula: "maxmemory = maxMemory ?? clamp(users × \(perUser >> 10) KiB, \(Bytes(minimum).memoryText), \(Bytes(derivedCap).memoryText)); "
            + "container = persistence ? 2 × maxmemory : ⌈maxmemory / 0.8⌉",
        constants: [
            RuleConstant("per active user", "64 KiB", "rule of thumb: a session, rate-limit counters and a few cached responses"),
            RuleConstant("derived cap", "64 GiB", "rule of thumb: larger single instances fork and resync slowly; shard with Redis Cluster"),
            RuleConstant("maxmemory share", "80%", "Redis admin docs: 10 GB free → set 8–9 GB"),
            RuleConstant("persistence", "2×", "redis.conf: RDB/AOF rewrite forks can use up to twice the memory"),
        ],
        source: "https://redis.io/docs/latest/operate/oss_and_stack/management/admin/ ; github.com/redis/redis redis.conf (MEMORY MANAGEMENT)",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("200,000 active users, no persistence", expect: "maxmemory 12.2 GiB, container 15.25 GiB") {
                let max = maxMemory(given: nil, users: 200_000)
                return "maxmemory \(Bytes(max).memoryText), container \(Bytes(container(maxMemory: max, persistence: false)).memoryText)"
            },
            RuleExample("2,000,000 active users", expect: "maxmemory 64 GiB") {
                "maxmemory \(Bytes(maxMemory(given: nil, users: 2_000_000)).memoryText)"
            },
            RuleExample("8 GiB cache, persistence on", expect: "container 16 GiB") {
                "container \(Bytes(container(maxMemory: maxMemory(given: 8 << 30, users: nil), persistence: true)).memoryText)"
            },
            RuleExample("200 active users, no persistence", expect: "maxmemory 1 GiB, container 1.25 GiB") {
                let max = maxMemory(given: nil, users: 200)
                return "maxmemory \(Bytes(max).memoryText), container \(Bytes(container(maxMemory: max, persistence: false)).memoryText)"
            },
        ])

    static func maxMemory(given: Int?, users: Int?) -> Int {
        given ?? IntegerMath.clamp(IntegerMath.product(users ?? 0, perUser), minimum...derivedCap)
    }

    /// How `maxMemory` sizes a cache for `users`, in the words of explain.
    static func derivation(users: Int) -> String {
        "clamp(\(QuantityUnit.count.format(users)) users × \(perUser >> 10) KiB, \(Bytes(minimum).memoryText), \(Bytes(derivedCap).memoryText)) = "
            + Bytes(maxMemory(given: nil, users: users)).memoryText
    }

    static func container(maxMemory: Int, persistence: Bool) -> Int {
        persistence ? 2 * maxMemory : IntegerMath.scaleUp(maxMemory, 100, maxMemoryPercent)
    }

    /// The largest maxmemory a container of `memory` holds.
    static func fitting(memory: Int, persistence: Bool) -> Int {
        persistence ? memory / 2 : IntegerMath.percent(memory, maxMemoryPercent)
    }
}

/// The Bitnami chart's topology: a master, replicas, and Sentinel on every node.
enum RedisTopologyRule: SizingRule {
    static let sentinelQuorum = 3
    static let cpu = 1_000

    static let description = RuleDescription(
        id: "redis.topology",
        summary: "Replication runs one master and the blueprint's replicas (2 by default), each with a Sentinel so that 3 nodes form a "
            + "failover quorum; standalone runs the master alone. One core per pod: Redis executes commands on one thread.",
        formula: "pods = 1 + (replication ? replicas : 0); Sentinel quorum needs pods ≥ 3; cpu = 1 core",
        constants: [
            RuleConstant("Sentinel nodes", "≥ 3", "Redis Sentinel docs: at least three instances for a robust deployment"),
            RuleConstant("cpu", "1 core", "Redis's command loop is single-threaded"),
        ],
        source: "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/ ; sizing-rules §9",
        evidence: .documented,
        examples: [
            RuleExample("replication with 2 replicas", expect: "3 pods") { "\(pods(replication: true, replicas: 2)) pods" },
            RuleExample("standalone", expect: "1 pods") { "\(pods(replication: false, replicas: 2)) pods" },
        ])

    static func pods(replication: Bool, replicas: Int) -> Int { 1 + (replication ? replicas : 0) }
}
