import LakeModel

/// Kibana or OpenSearch Dashboards beside a search cluster.
enum SearchDashboardsRule: SizingRule {
    static let memory = 1 << 30
    static let cpu = 1_000

    static let description = RuleDescription(
        id: "search.dashboards",
        summary: "One Kibana / OpenSearch Dashboards pod with ECK's default 1 GiB of memory and one core; it is stateless.",
        formula: "replicas = 1; memory = 1 GiB; cpu = 1",
        constants: [
            RuleConstant("memory", "1 GiB", "ECK's default Kibana memory request and limit"),
            RuleConstant("cpu", "1 core", "rule of thumb: the Node.js server uses one core"),
        ],
        source: "https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-managing-compute-resources.html (default requirements)",
        evidence: .documented,
        examples: [
            RuleExample("dashboards enabled", expect: "1 pod, 1 CPU, 1 GiB") { "1 pod, \(Millicores(cpu)) CPU, \(Bytes(memory).memoryText)" },
        ])
}
