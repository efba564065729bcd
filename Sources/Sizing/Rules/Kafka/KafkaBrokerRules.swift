import LakeModel

/// Brokers from throughput: the AWS right-sizing equation, with utilization headroom.
enum KafkaThroughputRule: SizingRule {
    /// Sustained write per broker on NVMe: 3 × i3en.2xlarge reached 605 MB/s at RF 3 (Confluent benchmark).
    static let storageThroughput = 600_000_000
    /// Network per broker: a 10 GbE NIC.
    static let nicThroughput = 1_250_000_000
    /// Keep brokers at or below 70% of the theoretical limit.
    static let targetUtilizationPercent = 70

    static let description = RuleDescription(
        id: "kafka.brokers.throughput",
        summary: "Brokers needed so peak ingest stays under 70% of per-broker disk and network limits.",
        formula: "B ≥ max(T·RF / t_storage, T·(c + RF − 1) / t_nic) / utilization",
        constants: [
            RuleConstant("t_storage", "600 MB/s", "per-broker sustained write; 3 × i3en.2xlarge peaked at 605 MB/s at RF 3"),
            RuleConstant("t_nic", "1,250 MB/s", "a 10 GbE network interface"),
            RuleConstant("utilization", "70%", "headroom for broker loss and rebalancing (rule of thumb ≤ 70–80%)"),
        ],
        source: "https://aws.amazon.com/blogs/big-data/best-practices-for-right-sizing-your-apache-kafka-clusters-to-optimize-performance-and-cost/",
        evidence: .documented,
        examples: [
            RuleExample("T = 1 GB/s peak, RF 3, 2 consumer groups", expect: "8 brokers") {
                "\(brokers(peak: 1_000_000_000, replicationFactor: 3, consumerGroups: 2)) brokers"
            },
            RuleExample("T = 100 MB/s peak, RF 3, 3 consumer groups", expect: "1 brokers") {
                "\(brokers(peak: 100_000_000, replicationFactor: 3, consumerGroups: 3)) brokers"
            },
        ])

    static func brokers(peak: Int, replicationFactor rf: Int, consumerGroups: Int) -> Int {
        let storageBound = IntegerMath.scaleUp(peak * rf, 100, storageThroughput * targetUtilizationPercent)
        let networkBound = IntegerMath.scaleUp(peak * (consumerGroups + rf - 1), 100, nicThroughput * targetUtilizationPercent)
        return max(storageBound, networkBound)
    }
}

/// Brokers so that no broker holds more than a manageable volume of retained log.
enum KafkaStorageBoundRule: SizingRule {
    /// Largest log volume per broker before re-replication after a failure takes too long.
    static let maxStoragePerBroker = 16_000_000_000_000
    /// Disks are planned at 70% fill.
    static let fillPercent = 70

    static let description = RuleDescription(
        id: "kafka.brokers.storage",
        summary: "Retained bytes (ingress × retention × RF / fill) spread so each broker holds at most 16 TB.",
        formula: "B ≥ ⌈Σ ingress × retention × RF / fill / 16 TB⌉",
        constants: [
            RuleConstant("fill", "70%", "common planning fill for Kafka disks (rule of thumb, not an Apache figure)"),
            RuleConstant("max per broker", "16 TB", "rule of thumb: bounds re-replication time after a broker loss"),
        ],
        source: "https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html ; sizing-rules §2.4",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("100 MB/s for 7 d at RF 3", expect: "17 brokers (259.2 TB retained)") {
                let total = retainedBytes(ingress: 100_000_000, retention: 604_800, replicationFactor: 3)
                return "\(brokers(retained: total)) brokers (\(Bytes(total)) retained)"
            },
        ])

    /// ingress × retention × RF / fill.
    static func retainedBytes(ingress: Int, retention: Int, replicationFactor: Int) -> Int {
        IntegerMath.scaleUp(ingress * retention, replicationFactor * 100, fillPercent)
    }

    static func brokers(retained: Int) -> Int { IntegerMath.ceilDiv(retained, maxStoragePerBroker) }
}

/// The per-broker partition-replica guardrail.
enum KafkaReplicaGuardrailRule: SizingRule {
    static let maxReplicasPerBroker = 4_000

    static let description = RuleDescription(
        id: "kafka.brokers.replicas",
        summary: "At most 4,000 partition replicas per broker.",
        formula: "B ≥ ⌈Σ partitions × RF / 4,000⌉",
        constants: [RuleConstant("replicas per broker", "4,000", "Confluent guidance since Kafka 1.1; MSK's largest brokers")],
        source: "https://www.confluent.io/blog/apache-kafka-supports-200k-partitions-per-cluster/",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("6,000 partitions at RF 3", expect: "5 brokers") {
                "\(brokers(partitions: 6_000, replicationFactor: 3)) brokers"
            },
        ])

    static func brokers(partitions: Int, replicationFactor: Int) -> Int {
        IntegerMath.ceilDiv(partitions * replicationFactor, maxReplicasPerBroker)
    }
}

/// Partitions per topic from throughput per partition.
enum KafkaPartitionRule: SizingRule {
    /// Produce throughput one partition sustains ("10s of MB/s"; the low end).
    static let perPartitionThroughput = 10_000_000

    static let description = RuleDescription(
        id: "kafka.partitions",
        summary: "Partitions per topic so no partition carries more than 10 MB/s at peak, and at least one per broker.",
        formula: "partitions = max(⌈T_topic / 10 MB/s⌉, consumer parallelism, brokers)",
        constants: [RuleConstant("per-partition throughput", "10 MB/s", "the low end of Confluent's \"10s of MB/s\" per partition")],
        source: "https://www.confluent.io/blog/how-choose-number-topics-partitions-kafka-cluster/",
        evidence: .documented,
        examples: [
            RuleExample("a topic at 250 MB/s peak on 6 brokers", expect: "25 partitions") {
                "\(partitions(peak: 250_000_000, parallelism: 1, brokers: 6)) partitions"
            },
            RuleExample("a topic at 5 MB/s on 3 brokers", expect: "3 partitions") {
                "\(partitions(peak: 5_000_000, parallelism: 1, brokers: 3)) partitions"
            },
        ])

    static func partitions(peak: Int, parallelism: Int, brokers: Int) -> Int {
        max(IntegerMath.ceilDiv(peak, perPartitionThroughput), parallelism, brokers, 1)
    }
}
