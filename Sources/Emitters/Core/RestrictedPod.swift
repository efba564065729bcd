import LakeModel

/// The Kubernetes "restricted" Pod Security Standard for the workloads Lakeform writes itself: a
/// non-root pod with RuntimeDefault seccomp, containers without privilege escalation or capabilities
/// on a read-only root filesystem, and writable `emptyDir` volumes only where the process writes.
public enum RestrictedPod {
    /// The UID and GID the pods run as: non-root and above 10,000, so that it collides with no user
    /// of the node (checkov CKV_K8S_40).
    public static let user = 10_001

    /// A writable directory of a container: an `emptyDir` volume named `name`, mounted at `path`.
    public struct Scratch: Sendable {
        public var name: String
        public var path: String

        public init(_ name: String, at path: String) {
            self.name = name
            self.path = path
        }
    }

    /// The pod-level `securityContext` for an image that runs as `user` (by default Lakeform's).
    public static func podSecurityContext(user: Int = user) -> YAMLValue {
        [
            "runAsNonRoot": true, "runAsUser": .int(user), "runAsGroup": .int(user), "fsGroup": .int(user),
            "seccompProfile": ["type": "RuntimeDefault"],
        ]
    }

    /// The container-level `securityContext`; `readOnlyRoot` false for engines that write to their
    /// image's directories (Spark's and Flink's local dirs), which the standard allows.
    public static func containerSecurityContext(user: Int = user, readOnlyRoot: Bool = true) -> YAMLValue {
        [
            "runAsNonRoot": true, "runAsUser": .int(user), "runAsGroup": .int(user),
            "allowPrivilegeEscalation": false, "privileged": false, "readOnlyRootFilesystem": .bool(readOnlyRoot),
            "capabilities": ["drop": ["ALL"]], "seccompProfile": ["type": "RuntimeDefault"],
        ]
    }

    /// `container` hardened: its security context, `imagePullPolicy: Always` (a tag can move, so the
    /// registry is asked on every start), and a mount for each scratch directory and each of `mounts`.
    public static func container(_ container: [String: YAMLValue], scratch: [Scratch], mounts: [YAMLValue] = []) -> YAMLValue {
        var hardened = container
        hardened["securityContext"] = containerSecurityContext()
        hardened["imagePullPolicy"] = "Always"
        let scratchMounts = scratch.map { YAMLValue.map(["name": .string($0.name), "mountPath": .string($0.path)]) }
        if !(scratchMounts + mounts).isEmpty { hardened["volumeMounts"] = .list(scratchMounts + mounts) }
        return .map(hardened)
    }

    /// A pod spec for `containers`: the pod security context, no ServiceAccount token (the pod does
    /// not talk to the API server), and an `emptyDir` per scratch directory.
    public static func podSpec(containers: [YAMLValue], scratch: [Scratch]) -> YAMLValue {
        var spec: [String: YAMLValue] = [
            "containers": .list(containers),
            "securityContext": podSecurityContext(),
            "automountServiceAccountToken": false,
        ]
        if !scratch.isEmpty {
            spec["volumes"] = .list(scratch.map { ["name": .string($0.name), "emptyDir": [:]] })
        }
        return .map(spec)
    }
}
