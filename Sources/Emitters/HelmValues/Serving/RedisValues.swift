import LakeModel

/// Redis (Bitnami `redis` 23.1.1 from `oci://registry-1.docker.io/bitnamicharts`), sized from
/// `ResolvedRedis`: `maxmemory` in `commonConfiguration`, the container around it, and the topology.
///
/// - `standalone`: the master alone (`master.*`).
/// - `replication`: one master and the resolved replicas, each with a Sentinel, as the sizing rule
///   says. With `sentinel.enabled` the chart runs `replica.replicaCount` nodes and elects the
///   master among them, so the count is 1 + replicas and `replica.*` sizes every node.
/// - `maxmemory-policy allkeys-lru`: the lake's Redis is a cache. Without persistence, AOF and RDB
///   snapshots are off and the pods keep no volume.
/// - The password comes from `auth.existingSecret` (`<lake>-redis`, key `redis-password`).
enum RedisValues {
    static let passwordKey = "redis-password"
    static func secret(_ context: EmitContext) -> String { "\(context.name)-redis" }

    static func charts(_ context: EmitContext) -> [ServingChart] {
        guard let redis = context.lake.redis, let spec = context.lake.spec.components.redis else { return [] }
        let volume = ServingFormats.group(redis.pods, "redis-master")?.storagePerReplica
        let persistence: YAMLValue = volume.map { ["enabled": true, "size": Kubernetes.quantity($0)] } ?? ["enabled": false]
        let node: YAMLValue = ["resources": ServingFormats.resources(redis.resources, clearCPULimit: false), "persistence": persistence]
        var values: [String: YAMLValue] = [
            "architecture": .string(spec.architecture.rawValue),
            "auth": ["enabled": true, "existingSecret": .string(secret(context)), "existingSecretPasswordKey": .string(passwordKey)],
            "commonConfiguration": .string(configuration(redis, persistent: volume != nil)),
        ]
        switch spec.architecture {
        case .standalone:
            values["master"] = node.merging(["count": 1])
        case .replication:
            values["sentinel"] = ["enabled": true]
            values["replica"] = node.merging(["replicaCount": .int(1 + redis.replicas)])
        }
        let secrets = [SecretReference(name: secret(context), keys: [passwordKey], readers: ["redis"],
                                       purpose: "the Redis password (`requirepass`), shared by its clients")]
        return [ServingChart(release: PinnedChart.redis.release("redis", context, phase: .serving), values: .map(values), secrets: secrets)]
    }

    /// The `redis.conf` lines every node shares.
    static func configuration(_ redis: ResolvedRedis, persistent: Bool) -> String {
        [
            "maxmemory \(ServingFormats.redisMemory(redis.maxMemory))",
            "maxmemory-policy allkeys-lru",
            "appendonly \(persistent ? "yes" : "no")",
            persistent ? nil : "save \"\"",
        ].compactMap { $0 }.joined(separator: "\n")
    }
}
