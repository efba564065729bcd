import LakeModel

/// A job's parallelism: explicit, else enough slots for its sources' summed peak rate and its state, at most its widest source
/// topic's partitions.
enum FlinkParallelismRule: SizingRule {
    /// The rate one slot processes: the per-partition rate Kafka's partitions are sized for, so one subtask reads one partition.
    static let perSlotThroughput = KafkaPartitionRule.perPartitionThroughput
    /// Keyed state one slot holds: half of a KPU's 50 GB of application storage, the rest left for RocksDB compaction.
    static let statePerSlot = 25_000_000_000

    static let description = RuleDescription(
        id: "flink.parallelism",
        summary: "One slot per 10 MB/s of the sources' summed peak at the horizon (a join reads all its sources) and per 25 GB of "
            + "keyed state, at most the partitions of its widest source topic (source subtasks beyond them idle). Retention plays no part. An explicit value wins (the override for a job "
            + "that is faster or slower per slot) and is flagged when it exceeds the partitions.",
        formula: "parallelism = job.parallelism ?? min(max(⌈peak_h / 10 MB/s⌉, ⌈state / 25 GB⌉, 1), partitions(source))",
        constants: [
            RuleConstant("per-slot throughput", "10 MB/s", "rule of thumb for one core of a keyed, stateful job; the kafka.partitions rate, so one "
                         + "subtask reads one partition; set the job's parallelism when a benchmark says otherwise"),
            RuleConstant("state per slot", "25 GB", "half of the 50 GB of running application storage Amazon Managed Flink gives each KPU "
                         + "(one subtask), leaving the other half for RocksDB compaction"),
        ],
        source: "https://www.ververica.com/blog/how-to-size-your-apache-flink-cluster-general-guidelines ; "
            + "https://docs.aws.amazon.com/managed-flink/latest/java/how-scaling.html (KPU: 1 vCPU, 4 GB memory, 50 GB storage) ; "
            + "https://nightlies.apache.org/flink/flink-docs-stable/docs/ops/state/large_state_tuning/ ; "
            + "https://nightlies.apache.org/flink/flink-docs-stable/docs/connectors/datastream/kafka/ ; sizing-rules §2.2, §4.2",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("peak 250 MB/s, 50 GiB of state, 40 partitions", expect: "25") {
                "\(parallelism(explicit: nil, needed: needed(peak: 250_000_000, state: 50 << 30), partitions: 40))"
            },
            RuleExample("peak 20 MB/s, 200 GiB of state, 40 partitions", expect: "9") {
                "\(parallelism(explicit: nil, needed: needed(peak: 20_000_000, state: 200 << 30), partitions: 40))"
            },
            RuleExample("peak 250 MB/s over a pinned 12 partitions", expect: "12") {
                "\(parallelism(explicit: nil, needed: needed(peak: 250_000_000, state: 0), partitions: 12))"
            },
            RuleExample("a join of orders (2,000 events/s × 1 kB) and clicks (40 MB/s), peak 3×, no growth, 16 partitions", expect: "13") {
                let average = IntegerMath.sum([StreamRate.events(perSecond: 2_000, size: Bytes(1_000)), .bytes(BytesPerSecond(40_000_000))]
                    .map { $0.average(ingest: nil) })
                let peak = IntegerMath.percent(average, 300)
                return "\(parallelism(explicit: nil, needed: needed(peak: peak, state: FlinkStateRule.state(average: average)), partitions: 16))"
            },
            RuleExample("explicit 16 over 12 partitions", expect: "16 (4 subtasks idle)") {
                let value = parallelism(explicit: 16, needed: 1, partitions: 12)
                return "\(value) (\(idle(parallelism: value, partitions: 12)) subtasks idle)"
            },
        ])

    /// Slots the job's rate and state need.
    static func needed(peak: Int, state: Int) -> Int {
        max(IntegerMath.ceilDiv(peak, perSlotThroughput), IntegerMath.ceilDiv(state, statePerSlot), 1)
    }

    static func parallelism(explicit: Int?, needed: Int, partitions: Int?) -> Int { explicit ?? min(needed, partitions ?? needed) }

    /// Source subtasks that get no partition.
    static func idle(parallelism: Int, partitions: Int) -> Int { max(0, parallelism - partitions) }
}

/// Flink's default max parallelism (the key-group count), as `KeyGroupRangeAssignment` computes it.
enum FlinkMaxParallelismRule: SizingRule {
    static let lowerBound = 128
    static let upperBound = 32_768

    static let description = RuleDescription(
        id: "flink.maxParallelism",
        summary: "Max parallelism is 1.5 × parallelism rounded up to a power of two, between 128 and 32,768; set explicitly so the "
            + "key-group count stays fixed when the job rescales.",
        formula: "maxParallelism = min(max(roundUpToPowerOfTwo(p + p / 2), 128), 32,768)",
        constants: [RuleConstant("bounds", "128 to 32,768", "DEFAULT_LOWER_BOUND_MAX_PARALLELISM and UPPER_BOUND_MAX_PARALLELISM")],
        source: "https://github.com/apache/flink/blob/master/flink-runtime/src/main/java/org/apache/flink/runtime/state/KeyGroupRangeAssignment.java ; "
            + "https://nightlies.apache.org/flink/flink-docs-stable/docs/dev/datastream/execution/parallel/",
        evidence: .code,
        examples: [
            RuleExample("parallelism 12", expect: "128") { "\(maxParallelism(12))" },
            RuleExample("parallelism 100", expect: "256") { "\(maxParallelism(100))" },
            RuleExample("parallelism 30,000", expect: "32,768") { QuantityUnit.count.format(maxParallelism(30_000)) },
        ])

    static func maxParallelism(_ parallelism: Int) -> Int {
        var power = 1
        while power < parallelism + parallelism / 2 { power <<= 1 }
        return min(max(power, lowerBound), upperBound)
    }
}
