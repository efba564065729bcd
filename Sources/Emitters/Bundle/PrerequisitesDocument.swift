import LakeModel

/// `prerequisites.md`, beside `secrets.md`: what the cluster must provide before `helmfile apply`
/// because Lakeform turned off the charts' privileged helpers (the node settings Elasticsearch and
/// OpenSearch need), the Pod Security level the namespace enforces and why, and every place a
/// chart could not be hardened through its values, with the reason.
enum PrerequisitesDocument {
    static let path = "prerequisites.md"
    /// Elasticsearch's and OpenSearch's bootstrap check: the minimum `vm.max_map_count` for mmapfs.
    static let maxMapCount = 262_144
    /// The charts whose privileged sysctl init container Lakeform turns off.
    static let mmapCharts = [PinnedChart.elasticsearch.chart, PinnedChart.opensearch.chart]

    static func artifact(_ context: EmitContext, releases: [HelmRelease], hardening: [String: ChartHardening]) -> Artifact {
        Artifact(path: "\(context.name)/\(path)", kind: .markdown, contents: render(context, releases: releases, hardening: hardening))
    }

    static func render(_ context: EmitContext, releases: [HelmRelease], hardening: [String: ChartHardening]) -> String {
        var lines = context.header.map { "<!-- \($0) -->" }
        lines += ["", "# Prerequisites of lake `\(context.name)`", ""]
        lines += nodeSettings(releases)
        lines += podSecurity(context, hardening)
        lines += network(context)
        lines += gaps(hardening)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `vm.max_map_count` when Elasticsearch or OpenSearch runs, with the three ways to set it.
    static func nodeSettings(_ releases: [HelmRelease]) -> [String] {
        let readers = Set(releases.filter { mmapCharts.contains($0.chart) }.map(\.name)).sorted()
        guard !readers.isEmpty else { return ["## Node settings", "", "The lake needs no kernel settings on its nodes.", ""] }
        return [
            "## Node settings",
            "",
            "\(readers.map { "`\($0)`" }.joined(separator: ", ")) memory-map their indices and refuse to start unless every node they",
            "can run on has `vm.max_map_count` of at least \(maxMapCount). The charts would set it from a privileged init container,",
            "which Lakeform turns off (`sysctlInitContainer.enabled: false`, `sysctlInit.enabled: false`). Set it on the nodes",
            "in one of these ways:",
            "",
            "1. On each node: `echo 'vm.max_map_count=\(maxMapCount)' > /etc/sysctl.d/99-lakeform.conf && sysctl --system`.",
            "2. In the node image or its bootstrap (cloud-init, an EKS launch template's user data, GKE's `linuxConfig.sysctls`,",
            "   AKS's custom node configuration `vmMaxMapCount`), so new nodes come up with it.",
            "3. A DaemonSet in a namespace of its own that admits privileged pods (`pod-security.kubernetes.io/enforce: privileged`),",
            "   whose privileged init container runs `sysctl -w vm.max_map_count=\(maxMapCount)` and whose main container sleeps.",
            "",
        ]
    }

    static func podSecurity(_ context: EmitContext, _ hardening: [String: ChartHardening]) -> [String] {
        let (level, holders) = NamespaceSecurity.enforced(hardening)
        var lines = [
            "## Pod Security",
            "",
            "Apply `manifests/Namespace.\(context.namespace).yaml` before `helmfile apply`: it labels namespace `\(context.namespace)`",
            "to enforce the Pod Security Standard `\(level)`, and to warn about and audit every pod below `restricted`.",
        ]
        if holders.isEmpty {
            lines.append("Every release of the lake runs restricted pods.")
        } else {
            lines += ["`enforce` stays at `\(level)` because of:", ""]
            lines += holders.map { "- `\($0.release)`: `\($0.level)` (see below)" }
        }
        return lines + [""]
    }

    /// What the NetworkPolicies leave to the platform.
    static func network(_ context: EmitContext) -> [String] {
        guard !context.flows.isEmpty else { return [] }
        return [
            "## Network",
            "",
            "The `NetworkPolicy` manifests deny all traffic in namespace `\(context.namespace)` and then allow the lake's data flows",
            "(`network/data-flows.svg`), DNS to `kube-system`, and the API server on ports 443 and 6443 to the pods that use it. The cluster's",
            "network plugin must enforce NetworkPolicies (Calico, Cilium, Antrea, or the cloud's policy engine). The operators'",
            "admission webhooks are admitted on their ports from any source, since the API server is not a pod. Other traffic from",
            "outside the namespace (an ingress controller, users) is denied until you add a policy for it; a Debezium source or",
            "another service outside the cluster needs an egress policy naming it.",
            "",
        ]
    }

    /// Every place a chart could not be hardened, by release.
    static func gaps(_ hardening: [String: ChartHardening]) -> [String] {
        let entries = hardening.keys.sorted().flatMap { release in (hardening[release]?.gaps ?? []).map { (release, $0) } }
        var lines = ["## What the charts do not let Lakeform harden", ""]
        guard !entries.isEmpty else { return lines + ["Nothing: every container is hardened through its chart's values.", ""] }
        lines += entries.map { "- `\($0.0)`: \($0.1)" }
        return lines + [""]
    }
}
