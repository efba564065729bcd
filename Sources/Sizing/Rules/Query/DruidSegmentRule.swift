import LakeModel

/// Bytes of Druid segments: the ingested stream after rollup and compression, hot on Historicals and all of it in deep storage.
enum DruidSegmentRule: SizingRule {
    /// Segment bytes per raw ingested byte, in percent.
    static let segmentPercent = 10
    /// An average month, in seconds (365 days / 12).
    static let month = 2_628_000

    static let description = RuleDescription(
        id: "druid.segments",
        summary: "Segment bytes = the source stream's ingest × 10%: rollup plus dictionary-encoded, compressed columns, well short of "
            + "the 100× rollup Druid's docs cite. Sized at the planning horizon: hot segments are the horizon's ingest over the hot "
            + "retention; deep storage keeps every published segment (no kill tasks run), so it holds the horizon's ingest over the "
            + "horizon, and at least the hot set.",
        formula: "hot = ingest at horizon × hotRetention × 10%; deep storage = ingest at horizon × max(horizon, hotRetention) × 10%",
        constants: [
            RuleConstant("rollup and compression", "10% of raw", "rule of thumb; measure rows in Druid vs events ingested"),
            RuleConstant("month", "30.4 days", "365 days / 12"),
        ],
        source: "https://druid.apache.org/docs/latest/ingestion/rollup (rollup reduces rows by orders of magnitude) ; "
            + "https://druid.apache.org/docs/latest/design/storage (deep storage keeps every segment) ; sizing-rules §6.1",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("10 MB/s kept hot for 30 days", expect: "2.59 TB") { Bytes(segmentBytes(ingest: 10_000_000, retention: 2_592_000)).description },
            RuleExample("10 MB/s at the horizon, 12-month horizon, 30 days hot", expect: "31.53 TB in deep storage") {
                "\(Bytes(deepStorageBytes(ingest: 10_000_000, horizonMonths: 12, hotRetention: 2_592_000))) in deep storage"
            },
        ])

    /// Segment bytes of `ingest` bytes/s over `retention` seconds, saturating far beyond any lake instead of overflowing.
    static func segmentBytes(ingest: Int, retention: Int) -> Int {
        let perSecond = IntegerMath.scaleUp(ingest, segmentPercent, 100)
        guard retention > 0, perSecond <= GrowthCurve.saturated / retention else { return retention > 0 ? GrowthCurve.saturated : 0 }
        return IntegerMath.product(perSecond, retention)
    }

    static func deepStorageBytes(ingest: Int, horizonMonths: Int, hotRetention: Int) -> Int {
        segmentBytes(ingest: ingest, retention: max(horizonMonths * month, hotRetention))
    }
}
