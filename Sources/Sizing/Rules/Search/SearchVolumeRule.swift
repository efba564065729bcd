import LakeModel

/// Which log volume a search cluster indexes, today and at the planning horizon.
enum SearchVolumeRule: SizingRule {
    /// Log bytes a day per running pod: about 20 INFO lines of 250 B a second.
    static let platformLogsPerPod = 500_000_000

    static let description = RuleDescription(
        id: "search.dailyVolume",
        summary: "Elasticsearch indexes the workload's logsPerDay (search and log documents). OpenSearch is the lake's centralized "
            + "logging: when Elasticsearch is also deployed it indexes the platform's own logs, 500 MB/day per running pod of the "
            + "lake; alone it takes logsPerDay. Without logsPerDay either falls back to the platform volume. The volume grows "
            + "with the lake, so the cluster is sized for the daily volume at the planning horizon.",
        formula: "today = logsPerDay (Elasticsearch; OpenSearch alone) else pods × 500 MB/day; daily = today × (1 + growth)^(horizon / 12)",
        constants: [RuleConstant("platform logs", "500 MB/day per pod", "rule of thumb: ~20 INFO lines of ~250 B a second (~5.8 KB/s); busy JVM services log more, sidecars less")],
        source: "https://kubernetes.io/docs/concepts/cluster-administration/logging/ (cluster-level logging) ; sizing-rules §7",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("OpenSearch beside Elasticsearch, 240 pods, 500 GB/day of workload logs", expect: "120 GB/day of platform logs") {
                describe(today(kind: .opensearch, logsPerDay: 500_000_000_000, elasticsearchDeployed: true, pods: 240))
            },
            RuleExample("Elasticsearch with 500 GB/day of workload logs", expect: "500 GB/day of workload logs") {
                describe(today(kind: .elasticsearch, logsPerDay: 500_000_000_000, elasticsearchDeployed: true, pods: 240))
            },
            RuleExample("OpenSearch alone, no logsPerDay, 40 pods", expect: "20 GB/day of platform logs") {
                describe(today(kind: .opensearch, logsPerDay: nil, elasticsearchDeployed: false, pods: 40))
            },
            RuleExample("500 GB/day growing 40% a year, 12-month horizon", expect: "700 GB/day") {
                var workload = WorkloadSpec(dataVolume: 0)
                workload.yearlyGrowthPercent = 40
                return "\(Bytes(workload.atHorizon(500_000_000_000)))/day"
            },
        ])

    static func today(kind: ComponentKind, logsPerDay: Int?, elasticsearchDeployed: Bool, pods: Int) -> (bytes: Int, platform: Bool) {
        let platformOnly = kind == .opensearch && elasticsearchDeployed
        if let logsPerDay, !platformOnly { return (logsPerDay, false) }
        return (IntegerMath.scale(max(1, pods), platformLogsPerPod, 1), true)
    }

    private static func describe(_ daily: (bytes: Int, platform: Bool)) -> String {
        "\(Bytes(daily.bytes))/day of \(daily.platform ? "platform" : "workload") logs"
    }
}
