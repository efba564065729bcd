import LakeModel

/// Bytes of hot Druid segments: the ingested stream over the hot retention, after rollup and compression.
enum DruidSegmentRule: SizingRule {
    /// Segment bytes per raw ingested byte, in percent.
    static let segmentPercent = 10

    static let description = RuleDescription(
        id: "druid.segments",
        summary: "Hot segment bytes = the source stream's ingest over the hot retention × 10%: rollup plus dictionary-encoded, "
            + "compressed columns, well short of the 100× rollup Druid's docs cite.",
        formula: "segments = ingest × hotRetention × 10%",
        constants: [RuleConstant("rollup and compression", "10% of raw", "rule of thumb; measure rows in Druid vs events ingested")],
        source: "https://druid.apache.org/docs/latest/ingestion/rollup (rollup reduces rows by orders of magnitude) ; sizing-rules §6.1",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("10 MB/s kept hot for 30 days", expect: "2.59 TB") { Bytes(segmentBytes(ingest: 10_000_000, retention: 2_592_000)).description },
        ])

    static func segmentBytes(ingest: Int, retention: Int) -> Int {
        IntegerMath.scaleUp(ingest, retention * segmentPercent, 100)
    }
}
