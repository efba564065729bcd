import LakeModel

/// Kubernetes security contexts for chart values, in the shapes charts take them: a pod-level
/// context, a container-level one, or Bitnami's with `enabled: true`. Every one is non-root with the
/// given UID, RuntimeDefault seccomp, and (containers) no privilege escalation and no capabilities.
enum SecurityContexts {
    /// A pod `securityContext` for an image that runs as `user` (and `group`, by default the same).
    static func pod(user: Int, group: Int? = nil, fsGroup: Bool = true) -> YAMLValue {
        var context: [String: YAMLValue] = [
            "runAsNonRoot": true, "runAsUser": .int(user), "runAsGroup": .int(group ?? user),
            "seccompProfile": ["type": "RuntimeDefault"],
        ]
        if fsGroup { context["fsGroup"] = .int(group ?? user) }
        return .map(context)
    }

    /// A container `securityContext` for an image that runs as `user`.
    static func container(user: Int, group: Int? = nil) -> YAMLValue {
        [
            "runAsNonRoot": true, "runAsUser": .int(user), "runAsGroup": .int(group ?? user),
            "allowPrivilegeEscalation": false, "privileged": false,
            "capabilities": ["drop": ["ALL"]], "seccompProfile": ["type": "RuntimeDefault"],
        ]
    }

    /// A container context without a user, for places that also hold pod-wide users (Airflow's
    /// `securityContexts.containers`, where the pod context sets the UID).
    static var containerWithoutUser: YAMLValue {
        [
            "runAsNonRoot": true, "allowPrivilegeEscalation": false, "privileged": false,
            "capabilities": ["drop": ["ALL"]], "seccompProfile": ["type": "RuntimeDefault"],
        ]
    }

    /// Bitnami charts render a context only with `enabled: true` and drop that key themselves.
    static func bitnami(_ context: YAMLValue) -> YAMLValue { context.merging(["enabled": true]) }
}
