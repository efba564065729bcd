import LakeModel

/// Changes that can lose data or availability. The first rule that matches a change gives its message.
enum DestructiveRules {
    static let countKeys: Set<String> = ["replicas", "replicaCount", "servers", "workers", "numberOfInstances"]
    /// A recorded MinIO pool's shape, fixed when the pool is created (its erasure sets are striped over it).
    static let minioPoolShapeKeys: Set<String> = ["servers", "volumesPerServer", "size", "storageClassName"]
    static let storageClassKeys: Set<String> = ["storageClassName", "storageClass"]
    /// What reaches a cluster; reports and docs describe it and never lose data themselves.
    static let deployedKinds: Set<ArtifactKind> = [.helmValues, .manifest]

    /// The destructive message for a changed key, or nil when the change is safe. `holdsData` says whether the
    /// artifact's recorded version declares volumes; it is only asked for a count that goes down.
    static func message(_ located: LocatedChange, artifactPath: String, holdsData: () -> Bool) -> String? {
        guard let before = located.change.before, before != located.change.after else { return nil }
        let path = located.keyPath, key = located.change.lastKey
        if artifactPath.lowercased().contains("minio") && minioPoolShapeKeys.contains(key) {
            guard let after = located.change.after else {
                return "MinIO \(path) is removed — a pool's data is lost unless it is decommissioned first (mc admin decommission)"
            }
            return "MinIO \(path) changes \(before) → \(after) — a pool's erasure sets are fixed when it is created; grow by adding a pool"
        }
        guard let after = located.change.after else { return nil }
        if path.hasSuffix("default.replication.factor") || path.hasSuffix("min.insync.replicas") {
            return "\(path) changes \(before) → \(after) — replication settings decide durability and write availability"
        }
        if located.kind == "KafkaTopic" && path == "spec.replicas" {
            return "topic replication factor changes \(before) → \(after) — partitions are reassigned across brokers"
        }
        if storageClassKeys.contains(key) {
            return "\(path) changes \(before) → \(after) — volumes are recreated on the new storage class and their data is not copied"
        }
        if located.kind == "KafkaNodePool" && path == "spec.replicas", let old = Int(before), let new = Int(after), new < old {
            return "brokers drop \(before) → \(after) — the removed brokers' partition replicas must be moved off first "
                + "(KafkaRebalance mode remove-brokers), or Strimzi refuses the scale-down"
        }
        if DataVolumes.sizeKeys.contains(key), let old = Quantity.value(before), let new = Quantity.value(after), new < old {
            return "\(path) shrinks \(before) → \(after) — Kubernetes cannot shrink a PVC; data may be lost"
        }
        if countKeys.contains(key), let old = Int(before), let new = Int(after), new < old, holdsData() {
            return "\(path) drops \(before) → \(after) — the removed replicas' volumes and the data on them are released"
        }
        return nil
    }

    /// The destructive message for deleting an artifact, or nil when it holds no state.
    static func deletionMessage(path: String, contents: String) -> String? {
        guard let holder = DataVolumes.holder(path: path, contents: contents) else { return nil }
        return "\(holder) is removed — its volumes and data go with it"
    }
}
