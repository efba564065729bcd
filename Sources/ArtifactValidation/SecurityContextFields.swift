/// The rule for values keys that hold a Kubernetes security context: charts pass such a map to the
/// pod or container as is, so its keys are the Kubernetes API's, whatever subset the chart's
/// `values.yaml` happens to show. A key is a security context when its name ends in
/// `securityContext` (any case: `podSecurityContext`, `containerSecurityContext`,
/// `operatorSecurityContext`).
public enum SecurityContextFields {
    /// The fields of core/v1 `PodSecurityContext` and `SecurityContext`, plus Bitnami's `enabled`
    /// switch, which its charts strip before rendering.
    public static let names: Set<String> = [
        "allowPrivilegeEscalation", "appArmorProfile", "capabilities", "fsGroup", "fsGroupChangePolicy", "privileged", "procMount",
        "readOnlyRootFilesystem", "runAsGroup", "runAsNonRoot", "runAsUser", "seLinuxChangePolicy", "seLinuxOptions", "seccompProfile",
        "supplementalGroups", "supplementalGroupsPolicy", "sysctls", "windowsOptions", "enabled",
    ]

    /// Whether the values key `key` holds a security context.
    /// Asked of every object key a values file sets: an ASCII key's last bytes are compared in place, without a
    /// lower-cased copy.
    public static func isSecurityContext(_ key: String) -> Bool {
        let utf8 = key.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return key.lowercased().hasSuffix("securitycontext") }
        return utf8.count >= suffix.count && zip(utf8.suffix(suffix.count), suffix).allSatisfy { $0 | 0x20 == $1 }
    }

    private static let suffix = Array("securitycontext".utf8)
}
