/// Changes that Kubernetes or the operators cannot apply in place, so the resource must be replaced.
enum ReplaceRules {
    /// The reason `located` forces a replacement, or nil when it can be applied in place.
    static func reason(_ located: LocatedChange) -> String? {
        let path = located.keyPath
        if located.kind == "KafkaNodePool" && path.hasPrefix("spec.roles") {
            return "KafkaNodePool spec.roles changed — node pool roles cannot change in place"
        }
        if located.kind == "StatefulSet" && path.hasPrefix("spec.selector") {
            return "StatefulSet spec.selector changed — the selector is immutable"
        }
        if located.change.lastKey == "storageClassName" {
            return "\(path) changed — a volume's storage class is immutable"
        }
        if located.kind == "postgresql" && path == "spec.volume.storageClass" {
            return "postgresql spec.volume.storageClass changed — the storage class is immutable"
        }
        return nil
    }
}
