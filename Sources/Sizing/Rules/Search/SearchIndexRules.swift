import LakeModel

/// Bytes on disk for the retained indices, replicas and index overhead included.
enum SearchIndexRule: SizingRule {
    /// Index size over raw source bytes, in percent (1 + overhead).
    static let indexPercent = 125

    static let description = RuleDescription(
        id: "search.indexBytes",
        summary: "Index bytes = daily volume × retention × (1 + replicas) × 1.25 (25% index overhead, mid-range of the usual 10–50%).",
        formula: "index = daily × retention days × (1 + replicas) × (1 + 0.25)",
        constants: [RuleConstant("index overhead", "25%", "rule of thumb (0.1–0.5); benchmark real documents to replace it")],
        source: "https://www.elastic.co/guide/en/elasticsearch/reference/current/size-your-shards.html ; sizing-rules §7.3",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("1 TB/day for 30 days, 1 replica", expect: "75 TB") {
                Bytes(indexBytes(daily: 1_000_000_000_000, retention: 2_592_000, replicas: 1)).description
            },
        ])

    static func indexBytes(daily: Int, retention: Int, replicas: Int) -> Int {
        IntegerMath.scaleUp(daily, IntegerMath.product(retention, 1 + replicas, indexPercent), 86_400 * 100)
    }
}

/// Primary shards: each daily index split into shards of about 30 GB.
enum SearchShardRule: SizingRule {
    static let targetShardSize = 30_000_000_000

    static let description = RuleDescription(
        id: "search.primaryShards",
        summary: "Each daily index gets ⌈daily index bytes / 30 GB⌉ primaries (logs: 10–50 GB shards); the cluster holds one daily "
            + "index per retained day.",
        formula: "per day = ⌈daily × 1.25 / 30 GB⌉; primaries = per day × ⌈retention / 1 d⌉; copies = primaries × (1 + replicas)",
        constants: [RuleConstant("target shard size", "30 GB", "Elastic: 10–50 GB per shard for logs and time series")],
        source: "https://www.elastic.co/guide/en/elasticsearch/reference/current/size-your-shards.html",
        evidence: .documented,
        examples: [
            RuleExample("1 TB/day kept 30 days", expect: "42 per daily index, 1,260 primaries") { describe(daily: 1_000_000_000_000) },
            RuleExample("24 GB/day kept 30 days", expect: "1 per daily index, 30 primaries") { describe(daily: 24_000_000_000) },
        ])

    static func perDay(daily: Int) -> Int {
        max(1, IntegerMath.scaleUp(daily, SearchIndexRule.indexPercent, targetShardSize * 100))
    }

    /// Primaries held: one daily index of `perIndex` primaries per retained day.
    static func primaries(perIndex: Int, retention: Int) -> Int { IntegerMath.product(perIndex, max(1, IntegerMath.ceilDiv(retention, 86_400))) }

    private static func describe(daily: Int) -> String {
        "\(perDay(daily: daily)) per daily index, \(QuantityUnit.count.format(primaries(perIndex: perDay(daily: daily), retention: 2_592_000))) primaries"
    }
}
