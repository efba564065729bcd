import LakeModel

/// A job's parallelism: explicit, else one subtask per partition of its source topic, else from the stream's peak.
enum FlinkParallelismRule: SizingRule {
    /// The rate one source subtask reads: the per-partition rate Kafka's partitions are sized for.
    static let perSubtaskThroughput = KafkaPartitionRule.perPartitionThroughput

    static let description = RuleDescription(
        id: "flink.parallelism",
        summary: "Source parallelism equals the source topic's partitions (subtasks beyond them idle); without a resolved topic, "
            + "one subtask per 10 MB/s of the stream's peak, the rate a partition is sized for. An explicit value wins but is flagged "
            + "when it exceeds the partitions.",
        formula: "parallelism = job.parallelism ?? partitions(source) ?? max(1, ⌈peak × share / 10 MB/s⌉)",
        constants: [
            RuleConstant("per-subtask throughput", "10 MB/s", "the kafka.partitions rule's per-partition rate, so both sides agree"),
        ],
        source: "https://nightlies.apache.org/flink/flink-docs-stable/docs/connectors/datastream/kafka/ ; sizing-rules §2.2, §4.2",
        evidence: .documented,
        examples: [
            RuleExample("source topic with 12 partitions", expect: "12") { "\(parallelism(explicit: nil, partitions: 12, peak: 0))" },
            RuleExample("no Kafka topic; the stream peaks at 250 MB/s", expect: "25") {
                "\(parallelism(explicit: nil, partitions: nil, peak: 250_000_000))"
            },
            RuleExample("explicit 16 over 12 partitions", expect: "16 (4 subtasks idle)") {
                let value = parallelism(explicit: 16, partitions: 12, peak: 0)
                return "\(value) (\(idle(parallelism: value, partitions: 12)) subtasks idle)"
            },
        ])

    static func parallelism(explicit: Int?, partitions: Int?, peak: Int) -> Int {
        explicit ?? partitions ?? max(1, IntegerMath.ceilDiv(peak, perSubtaskThroughput))
    }

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
