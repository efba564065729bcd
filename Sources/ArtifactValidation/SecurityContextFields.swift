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
    public static func isSecurityContext(_ key: String) -> Bool { key.lowercased().hasSuffix("securitycontext") }
}
