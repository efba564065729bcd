import LakeModel

/// Warns when ingest would grow the lake far faster than the declared growth (streams that retain more than the
/// lake are Kafka's warning, `kafka.retentionExceedsLake`).
enum WorkloadConsistencyRule: SizingRule {
    static let secondsPerYear = 31_536_000
    /// Columnar files compress row events by up to this factor, so ingest may land up to this much less on disk.
    static let maxCompression = 10
    /// Growth the check always tolerates on top of the declared one, in percentage points.
    static let slackPercent = 10

    static let description = RuleDescription(
        id: "workload.consistency",
        summary: "Ingest must not grow the lake far faster than the declared growth.",
        formula: "warn when ingest × 1 year / 10 > data × (growth + 10%)",
        constants: [
            RuleConstant("maxCompression", "10×", "Parquet with zstd stores row events 5–10× smaller"),
            RuleConstant("slack", "10 percentage points", "growth the check tolerates beyond the declared one"),
        ],
        source: "https://parquet.apache.org/docs/file-format/data-pages/compression/ (columnar compression)",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("1 PB growing 40%/year, 5 GB/s of ingest", expect: "ingest implies 1576% a year") {
                impliedGrowthPercent(data: 1_000_000_000_000_000, ingest: 5_000_000_000).map { "ingest implies \($0)% a year" } ?? "consistent"
            },
            RuleExample("5 PB growing 40%/year, 50 MB/s of ingest", expect: "consistent") {
                let implied = impliedGrowthPercent(data: 5_000_000_000_000_000, ingest: 50_000_000)
                return implied.map { $0 > 40 + slackPercent ? "ingest implies \($0)% a year" : "consistent" } ?? "consistent"
            },
        ])

    /// The yearly growth that ingest implies at the largest compression, in percent; nil without data.
    static func impliedGrowthPercent(data: Int, ingest: Int) -> Int? {
        guard data > 0 else { return nil }
        let landed = IntegerMath.scale(ingest, secondsPerYear, maxCompression)
        return IntegerMath.scale(landed, 100, data)
    }

    static func check(_ workload: WorkloadSpec, _ ledger: Ledger) {
        let data = workload.dataVolume.value
        if let ingest = workload.ingestRate?.value, let implied = impliedGrowthPercent(data: data, ingest: ingest),
           implied > workload.yearlyGrowthPercent + slackPercent {
            ledger.warning("workload.ingestExceedsGrowth",
                           "ingest of \(BytesPerSecond(ingest)) lands \(Bytes(IntegerMath.scale(ingest, secondsPerYear, 1))) a year; even at "
                               + "\(maxCompression)× compression the \(Bytes(data)) lake would grow \(implied)% a year, but yearly growth is \(workload.yearlyGrowthPercent)%",
                           address: "workload.yearlyGrowth",
                           notes: ["state the growth the ingest implies with YearlyGrowth, so storage is sized for it at the horizon",
                                   "or, if the lake expires most of what it ingests, lower the ingest rate to what is kept"])
        }
    }
}
