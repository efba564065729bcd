import LakeModel

/// Active series Prometheus scrapes: given, or derived from the lake's pod count.
enum PrometheusSeriesRule: SizingRule {
    static let seriesPerPod = 2_000

    static let description = RuleDescription(
        id: "prometheus.activeSeries",
        summary: "Active series = the blueprint's count grown to the horizon, else 2,000 per pod of the horizon-sized lake: JVM data services export hundreds of JMX series with "
            + "per-topic, per-table labels, and cAdvisor and kube-state-metrics add a few hundred per pod.",
        formula: "series = activeSeries × (1 + g)^(horizon / 12) ?? max(1, pods) × 2,000 (the pods are already sized for the horizon)",
        constants: [RuleConstant("series per pod", "2,000", "rule of thumb; read prometheus_tsdb_head_series to replace it")],
        source: "https://prometheus.io/docs/prometheus/latest/storage/ ; sizing-rules §12",
        evidence: .ruleOfThumb,
        examples: [RuleExample("120 pods", expect: "240,000 series") { "\(QuantityUnit.count.format(series(given: nil, pods: 120))) series" }])

    static func series(given: Int?, pods: Int) -> Int { given ?? IntegerMath.product(max(1, pods), seriesPerPod) }
}

/// TSDB disk for the retention, and the volume that keeps retention.size below 80% of it.
enum PrometheusStorageRule: SizingRule {
    static let bytesPerSample = 2
    static let retentionSizePercent = 80
    static let minimumVolume = 10_000_000_000

    static let description = RuleDescription(
        id: "prometheus.storage",
        summary: "samples/s = series / scrape interval; disk = retention × samples/s × 2 bytes (the top of 1–2 B/sample); "
            + "volume = disk / 0.8 (at least 10 GB) with --storage.tsdb.retention.size at 80% of the volume for compaction slack.",
        formula: "samples/s = ⌈series / interval⌉; disk = retention × samples/s × 2 B; volume = max(10 GB, ⌈disk / 0.8⌉); retention.size = 80% volume",
        constants: [
            RuleConstant("bytes per sample", "2", "Prometheus docs: 1–2 bytes per sample after compression"),
            RuleConstant("retention.size", "80% of the volume", "Prometheus docs: leave room for compaction and the WAL"),
        ],
        source: "https://prometheus.io/docs/prometheus/latest/storage/ (operational aspects)",
        evidence: .documented,
        examples: [
            RuleExample("1 M series every 30 s for 15 days", expect: "33,334 samples/s, disk 86.4 GB, volume 108 GB") {
                describe(series: 1_000_000)
            },
            RuleExample("240,000 series every 30 s for 15 days", expect: "8,000 samples/s, disk 20.73 GB, volume 25.92 GB") {
                describe(series: 240_000)
            },
        ])

    static func samplesPerSecond(series: Int, interval: Int) -> Int { IntegerMath.ceilDiv(series, max(1, interval)) }
    static func disk(samplesPerSecond: Int, retention: Int) -> Int { IntegerMath.product(retention, samplesPerSecond, bytesPerSample) }
    static func volume(disk: Int) -> Int { max(minimumVolume, IntegerMath.scaleUp(disk, 100, retentionSizePercent)) }

    private static func describe(series: Int) -> String {
        let samples = samplesPerSecond(series: series, interval: 30)
        let bytes = disk(samplesPerSecond: samples, retention: 1_296_000)
        return "\(QuantityUnit.count.format(samples)) samples/s, disk \(Bytes(bytes)), volume \(Bytes(volume(disk: bytes)))"
    }
}
