import LakeModel

/// Prometheus memory for cardinality and three hours of ingestion.
enum PrometheusMemoryRule: SizingRule {
    static let perMillionSeries = 2 << 30
    /// Bytes held per ingested sample/s: 3 h × 2 B × 1.5 chunk overhead × 2 for Go's GC.
    static let bufferPerSamplePerSecond = 10_800 * 2 * 3
    static let minimum = 2 << 30

    static let description = RuleDescription(
        id: "prometheus.memory",
        summary: "Memory = 2 GiB per million series (head-block cardinality, worst case with GC doubling) + 3 hours of samples × "
            + "2 B × 1.5 × 2, rounded up to a GiB, at least 2 GiB; one core per 4 GiB.",
        formula: "memory = max(2 GiB, ⌈series × 2 GiB / 1 M + samples/s × 10,800 s × 6 B⌉ GiB); cpu = ⌈memory / 4 GiB⌉",
        constants: [
            RuleConstant("cardinality", "2 GiB per 1 M series", "Robust Perception's Prometheus 2.x analysis"),
            RuleConstant("ingestion", "3 h × 2 B × 1.5 × 2", "same analysis: head compaction keeps up to 3 hours"),
        ],
        source: "https://www.robustperception.io/how-much-ram-does-prometheus-2-x-need-for-cardinality-and-ingestion/",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("1 M series, 33,334 samples/s", expect: "5 GiB, 2 CPU") { describe(series: 1_000_000, samples: 33_334) },
            RuleExample("240,000 series, 8,000 samples/s", expect: "2 GiB, 1 CPU") { describe(series: 240_000, samples: 8_000) },
        ])

    static func memory(series: Int, samplesPerSecond: Int) -> Int {
        let bytes = IntegerMath.sum([IntegerMath.scaleUp(series, perMillionSeries, 1_000_000), IntegerMath.product(samplesPerSecond, bufferPerSamplePerSecond)])
        return max(minimum, IntegerMath.roundUp(bytes, toMultipleOf: ServingUnits.gib))
    }

    static func cpu(memory: Int) -> Int { max(1, IntegerMath.ceilDiv(memory, 4 << 30)) * 1_000 }

    private static func describe(series: Int, samples: Int) -> String {
        let value = memory(series: series, samplesPerSecond: samples)
        return "\(Bytes(value).memoryText), \(Millicores(cpu(memory: value))) CPU"
    }
}

/// Shards Prometheus when one server would hold more series than one instance handles well.
enum PrometheusShardRule: SizingRule {
    static let seriesPerShard = 10_000_000

    static let description = RuleDescription(
        id: "prometheus.shards",
        summary: "Prometheus shards = ⌈series / 10 M⌉: the operator splits the scrape targets by hash, and each shard is sized for its share.",
        formula: "shards = max(1, ⌈series / 10,000,000⌉); per shard: series / shards, samples/s / shards",
        constants: [RuleConstant("series per shard", "10 M", "rule of thumb: head-block memory and compaction stay manageable on one node")],
        source: "https://prometheus-operator.dev/docs/platform/prometheus-agent/ ; https://github.com/prometheus-operator/prometheus-operator/blob/main/Documentation/proposals/202201-prometheus-sharding.md (shards); sizing-rules §12",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("1 M series", expect: "1 shard") { "\(shards(series: 1_000_000)) shard" },
            RuleExample("45 M series", expect: "5 shards") { "\(shards(series: 45_000_000)) shards" },
        ])

    static func shards(series: Int) -> Int { max(1, IntegerMath.ceilDiv(series, seriesPerShard)) }
}

/// Grafana beside Prometheus.
enum GrafanaRule: SizingRule {
    static let cpu = 1_000
    static let memory = 512 << 20

    static let description = RuleDescription(
        id: "monitoring.grafana",
        summary: "One Grafana pod at Grafana's minimum hardware: 1 CPU and 512 MiB; dashboards live in its database, not on a volume.",
        formula: "replicas = 1; cpu = 1; memory = 512 MiB",
        constants: [RuleConstant("minimum hardware", "1 CPU, 512 MB", "Grafana installation docs")],
        source: "https://grafana.com/docs/grafana/latest/setup-grafana/installation/ (hardware recommendations)",
        evidence: .documented,
        examples: [RuleExample("Grafana enabled", expect: "1 pod, 1 CPU, 512 MiB") { "1 pod, \(Millicores(cpu)) CPU, \(Bytes(memory).memoryText)" }])
}
