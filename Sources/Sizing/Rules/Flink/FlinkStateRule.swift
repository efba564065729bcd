import LakeModel

/// A job's keyed state and the checkpoint bytes it keeps on MinIO.
enum FlinkStateRule: SizingRule {
    /// Keyed state defaults to one hour of the source's input: an hourly window or a deduplication TTL of an hour.
    static let stateWindow = 3_600
    /// `execution.checkpointing.num-retained` (Flink's default), plus the checkpoint being written.
    static let retainedCheckpoints = 1

    static let description = RuleDescription(
        id: "flink.state",
        summary: "A job's RocksDB state is one hour of its sources' summed average input at the horizon (an hourly window or an hour of "
            + "deduplication keys); MinIO keeps the retained checkpoint and the one in progress, each a full copy of the state; each "
            + "TaskManager's ephemeral disk holds its slots' share twice over, for RocksDB compaction.",
        formula: "state = average_h × 1 h; checkpoint bytes = Σ state × (num-retained 1 + 1 in progress); "
            + "TaskManager disk = ⌈state / parallelism⌉ × slots × 2",
        constants: [
            RuleConstant("state window", "1 h", "rule of thumb for windowed aggregation or deduplication; a job with other state sets its parallelism"),
            RuleConstant("execution.checkpointing.num-retained", "1", "Flink's default number of retained completed checkpoints"),
        ],
        source: "https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/config/#execution-checkpointing-num-retained ; "
            + "https://nightlies.apache.org/flink/flink-docs-stable/docs/ops/state/large_state_tuning/ ; sizing-rules §4",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("a source averaging 42.5 MB/s", expect: "state 153 GB, checkpoints 306 GB") {
                let value = state(average: 42_500_000)
                return "state \(Bytes(value)), checkpoints \(Bytes(checkpointBytes(state: value)))"
            },
            RuleExample("a join of orders (300 events/s × 2 kB) and clicks (40 MB/s), no growth", expect: "state 146.16 GB, checkpoints 292.32 GB") {
                let value = state(average: IntegerMath.sum([StreamRate.events(perSecond: 300, size: Bytes(2_000)).average(ingest: nil), 40_000_000]))
                return "state \(Bytes(value)), checkpoints \(Bytes(checkpointBytes(state: value)))"
            },
            RuleExample("153 GB of state over parallelism 12, 4 slots per TaskManager", expect: "102 GB per TaskManager") {
                "\(Bytes(localDisk(state: 153_000_000_000, parallelism: 12, slots: 4)).storageText) per TaskManager"
            },
        ])

    static func state(average: Int) -> Int { IntegerMath.product(average, stateWindow) }

    /// A TaskManager's RocksDB disk: its slots' share of the state, doubled for compaction (a KPU's 50 GB per 25 GB of state),
    /// rounded up to whole GiB.
    static func localDisk(state: Int, parallelism: Int, slots: Int) -> Int {
        let perSlot = IntegerMath.ceilDiv(state, max(1, parallelism))
        return IntegerMath.roundUp(IntegerMath.product(perSlot, 2 * slots), toMultipleOf: 1 << 30)
    }

    static func checkpointBytes(state: Int) -> Int { IntegerMath.product(state, retainedCheckpoints + 1) }
}
