import LakeModel

/// Resolves Redis: maxmemory, the container around it, replicas and the optional volume.
enum RedisResolver {
    static func resolve(_ spec: RedisSpec, _ ledger: Ledger) -> ResolvedRedis {
        let users = ledger.lake.workload.activeUsers.map { ledger.input("workload.activeUsers", $0, .count, reasonKey: "activeUsers") }
        let wanted = RedisMemoryRule.maxMemory(given: spec.maxMemory?.value, users: users)
        let memoryRule = RedisMemoryRule.description
        let why = spec.maxMemory != nil ? "\(Bytes(wanted).memoryText) from the blueprint" : RedisMemoryRule.derivation(users: users ?? 0)
        let derived = users != nil && spec.maxMemory == nil
        let container = ledger.decide("redis.memory", .memory, by: memoryRule, inputs: derived ? ["workload.activeUsers"] : [], pin: .redisMemory) {
            let value = RedisMemoryRule.container(maxMemory: wanted, persistence: spec.persistence)
            return (value, "\(why); \(spec.persistence ? "2 ×" : "/ 0.8:") \(Bytes(value).memoryText)")
        }
        let maxMemory = ledger.decide("redis.maxMemory", .memory, by: memoryRule, inputs: ["redis.memory"]) {
            let value = min(wanted, RedisMemoryRule.fitting(memory: container, persistence: spec.persistence))
            return (value, "min(\(Bytes(wanted).memoryText), what \(Bytes(container).memoryText) holds) = \(Bytes(value).memoryText)")
        }
        let replication = spec.architecture == .replication
        let replicas = ledger.decide("redis.replicas", .count, by: RedisTopologyRule.description, inputs: []) {
            replication ? (spec.replicas, "\(spec.replicas) replicas of the master") : (0, "standalone: no replicas")
        }
        let total = RedisTopologyRule.pods(replication: replication, replicas: replicas)
        if replication, total < RedisTopologyRule.sentinelQuorum {
            ledger.warning("redis.sentinelQuorum", "Redis replication runs \(total) nodes; Sentinel needs 3 for a failover quorum",
                           address: "redis.replicas", notes: ["use at least 2 replicas"])
        }
        let storage = spec.persistence ? ledger.decide("redis.storage", .memory, by: memoryRule, inputs: ["redis.maxMemory"]) {
            Recorded.atLeast((2 * maxMemory, "2 × \(Bytes(maxMemory).memoryText) = \(Bytes(2 * maxMemory).memoryText)"),
                             recorded: Recorded.group("redis-master", ledger)?.volume?.value, .bytes, what: "per Redis node")
        } : nil
        let resources = Resources(cpu: Millicores(RedisTopologyRule.cpu), memory: Bytes(container))
        var pods = [PodGroup(name: "redis-master", component: .redis, replicas: 1, resources: resources,
                             storagePerReplica: storage.map { Bytes($0) }, stateful: true)]
        if replicas > 0 {
            pods.append(PodGroup(name: "redis-replica", component: .redis, replicas: replicas, resources: resources,
                                 storagePerReplica: storage.map { Bytes($0) }, stateful: true))
        }
        return ResolvedRedis(maxMemory: Bytes(maxMemory), replicas: replicas, resources: resources, pods: pods)
    }
}
