import LakeModel

/// Changes that can lose data or availability. The first rule that matches a change gives its message.
enum DestructiveRules {
    static let countKeys: Set<String> = ["replicas", "replicaCount", "servers", "workers", "numberOfInstances"]
    static let quantityWords = ["size", "storage", "volume"]
    static let statefulKinds: Set<String> = ["KafkaNodePool", "Kafka", "postgresql", "StatefulSet"]
    /// What reaches a cluster; reports and docs describe it and never lose data themselves.
    static let deployedKinds: Set<ArtifactKind> = [.helmValues, .manifest]

    /// The destructive message for a changed key, or nil when the change is safe.
    static func message(_ located: LocatedChange, artifactPath: String) -> String? {
        guard let before = located.change.before, let after = located.change.after, before != after else { return nil }
        let path = located.keyPath, key = located.change.lastKey
        if path.hasSuffix("default.replication.factor") || path.hasSuffix("min.insync.replicas") {
            return "\(path) changes \(before) → \(after) — replication settings decide durability and write availability"
        }
        if located.kind == "KafkaTopic" && path == "spec.replicas" {
            return "topic replication factor changes \(before) → \(after) — partitions are reassigned across brokers"
        }
        if artifactPath.lowercased().contains("minio") && (key == "volumesPerServer" || key == "size") {
            return "MinIO \(path) changes \(before) → \(after) — an existing pool's drives cannot be resized or re-striped"
        }
        if quantityWords.contains(where: key.lowercased().contains),
            let old = Quantity.value(before), let new = Quantity.value(after), new < old
        {
            return "\(path) shrinks \(before) → \(after) — Kubernetes cannot shrink a PVC; data may be lost"
        }
        if countKeys.contains(key), let old = Int(before), let new = Int(after), new < old {
            return "\(path) drops \(before) → \(after) — fewer brokers, nodes or replicas reduce capacity and availability"
        }
        return nil
    }

    /// The destructive message for deleting an artifact, or nil when it holds no state.
    static func deletionMessage(path: String, contents: String) -> String? {
        let stateful = LocatedChange.kinds(contents).filter(statefulKinds.contains)
        if let kind = stateful.first {
            return "\(kind) is removed — its volumes and data go with it"
        }
        if path.lowercased().contains("minio") && path.hasSuffix(".values.yaml") {
            return "MinIO is removed — its volumes and data go with it"
        }
        return nil
    }
}
