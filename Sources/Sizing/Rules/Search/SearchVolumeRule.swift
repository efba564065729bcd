import LakeModel

/// Which log volume a search cluster indexes: the workload's logs, or the platform's own.
enum SearchVolumeRule: SizingRule {
    /// Log bytes a day per deployed component (several pods logging at INFO, about 23 KB/s).
    static let platformLogsPerComponent = 2_000_000_000

    static let description = RuleDescription(
        id: "search.dailyVolume",
        summary: "Elasticsearch indexes the workload's logsPerDay (search and log documents). OpenSearch is the lake's centralized "
            + "logging: when Elasticsearch is also deployed it indexes the platform's own logs (2 GB/day per deployed component); "
            + "alone it takes logsPerDay. Without logsPerDay either falls back to the platform volume.",
        formula: "daily = logsPerDay (Elasticsearch; OpenSearch alone) else components × 2 GB/day",
        constants: [RuleConstant("platform logs", "2 GB/day per component", "rule of thumb: a few pods per component at INFO level")],
        source: "https://kubernetes.io/docs/concepts/cluster-administration/logging/ (cluster-level logging) ; sizing-rules §7",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("OpenSearch beside Elasticsearch, 12 components, 500 GB/day of workload logs", expect: "24 GB/day of platform logs") {
                describe(daily(kind: .opensearch, logsPerDay: 500_000_000_000, elasticsearchDeployed: true, components: 12))
            },
            RuleExample("Elasticsearch with 500 GB/day of workload logs", expect: "500 GB/day of workload logs") {
                describe(daily(kind: .elasticsearch, logsPerDay: 500_000_000_000, elasticsearchDeployed: true, components: 12))
            },
            RuleExample("OpenSearch alone, no logsPerDay, 8 components", expect: "16 GB/day of platform logs") {
                describe(daily(kind: .opensearch, logsPerDay: nil, elasticsearchDeployed: false, components: 8))
            },
        ])

    static func daily(kind: ComponentKind, logsPerDay: Int?, elasticsearchDeployed: Bool, components: Int) -> (bytes: Int, platform: Bool) {
        let platformOnly = kind == .opensearch && elasticsearchDeployed
        if let logsPerDay, !platformOnly { return (logsPerDay, false) }
        return (max(1, components) * platformLogsPerComponent, true)
    }

    private static func describe(_ daily: (bytes: Int, platform: Bool)) -> String {
        "\(Bytes(daily.bytes))/day of \(daily.platform ? "platform" : "workload") logs"
    }
}
