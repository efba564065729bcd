import LakeModel

/// What MinIO must hold at the planning horizon: the lake's data grown to the horizon plus the
/// bytes other stores keep in its buckets.
enum MinIOStoredRule: SizingRule {
    static let description = RuleDescription(
        id: "minio.stored",
        summary: "MinIO is sized for the data at the planning horizon, with Druid's deep storage, Flink's checkpoints, Kafka's tiered "
            + "segments and Milvus's binlogs and index files on top.",
        formula: "stored = data × (1 + g)^(horizon / 12) + Druid deep storage + Flink checkpoints + Kafka tiered segments + Milvus files",
        constants: [RuleConstant("horizon", "12 months", "default planning horizon (workload.horizon): what a platform team budgets hardware for; "
                                     + "MinIO recommends sizing one pool for 2–3 years of runway, so set Horizon(months: 24…36) to follow it")],
        source: "https://blog.min.io/add-pools-expand-capacity/ (size a single pool for at least 2–3 years of runway) ; "
            + "sizing-rules §1.3 (capacity grows by server pools) ; "
            + "https://druid.apache.org/docs/latest/design/deep-storage/ ; "
            + "https://nightlies.apache.org/flink/flink-docs-stable/docs/ops/state/checkpoints/ ; "
            + "https://cwiki.apache.org/confluence/display/KAFKA/KIP-405%3A+Kafka+Tiered+Storage ; "
            + "https://milvus.io/docs/object-storage.md",
        evidence: .documented,
        examples: [
            RuleExample("5 PB growing 40%/year, 12-month horizon, nothing else on MinIO", expect: "7 PB") {
                stored(dataAtHorizon: GrowthCurve(yearlyPercent: 40).value(5_000_000_000_000_000, afterMonths: 12), others: []).description
            },
            RuleExample("10 TB, no growth, 2 TB deep storage, 50 GB checkpoints, 5 TB tiered segments", expect: "17.05 TB") {
                stored(dataAtHorizon: 10_000_000_000_000, others: [2_000_000_000_000, 50_000_000_000, 5_000_000_000_000]).description
            },
        ])

    static func stored(dataAtHorizon: Int, others: [Int]) -> Bytes {
        Bytes(others.reduce(dataAtHorizon) { min(GrowthCurve.saturated, $0 + max(0, $1)) })
    }
}
