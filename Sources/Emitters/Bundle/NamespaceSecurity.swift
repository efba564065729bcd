import LakeModel

/// The Pod Security admission of the lake's namespace: `enforce` at the strictest level every
/// release meets with its hardened values (`ChartHardening.level`; Lakeform's own manifests are
/// restricted), `warn` and `audit` at `restricted` so every weaker pod is still reported. Written
/// as `manifests/Namespace.<namespace>.yaml`.
enum NamespaceSecurity {
    /// The enforced level and the releases that hold it below `restricted`, sorted by name.
    static func enforced(_ hardening: [String: ChartHardening]) -> (level: PodSecurityLevel, holders: [(release: String, level: PodSecurityLevel)]) {
        let level = hardening.values.map(\.level).min() ?? .restricted
        let holders = hardening.filter { $0.value.level < .restricted }.map { (release: $0.key, level: $0.value.level) }
            .sorted { $0.release < $1.release }
        return (level, holders)
    }

    static func manifest(_ context: EmitContext, hardening: [String: ChartHardening]) -> YAMLValue {
        let level = enforced(hardening).level
        let labels = Kubernetes.labels(lake: context.name, component: "namespace", extra: [
            "kubernetes.io/metadata.name": context.namespace,
            "pod-security.kubernetes.io/enforce": level.description,
            "pod-security.kubernetes.io/enforce-version": "latest",
            "pod-security.kubernetes.io/warn": PodSecurityLevel.restricted.description,
            "pod-security.kubernetes.io/warn-version": "latest",
            "pod-security.kubernetes.io/audit": PodSecurityLevel.restricted.description,
            "pod-security.kubernetes.io/audit-version": "latest",
        ])
        return ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": .string(context.namespace), "labels": labels]]
    }
}
