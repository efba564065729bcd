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
        summary: "Brokers needed so peak ingest at the horizon stays under 70% of per-broker disk and network limits; every consumer "
            + "group reading from the tip is served from page cache over the NIC, so fan-out costs network, not disk.",
        formula: "B ≥ max(T·RF / t_storage, T·(c + RF − 1) / t_nic) / utilization",
        constants: [
            RuleConstant("t_storage", "600 MB/s", "per-broker sustained write; 3 × i3en.2xlarge peaked at 605 MB/s at RF 3"),
            RuleConstant("t_nic", "1,250 MB/s", "a 10 GbE network interface"),
            RuleConstant("utilization", "70%", "headroom for broker loss and rebalancing (rule of thumb ≤ 70–80%)"),
        ],
        source: "https://aws.amazon.com/blogs/big-data/best-practices-for-right-sizing-your-apache-kafka-clusters-to-optimize-performance-and-cost/ "
            + "(Equation 1) ; sizing-rules §2.3",
        evidence: .documented,
        examples: [
            RuleExample("T = 1 GB/s peak, RF 3, 2 consumer groups", expect: "8 brokers") {
                "\(brokers(peak: 1_000_000_000, replicationFactor: 3, consumerGroups: 2)) brokers"
            },
            RuleExample("T = 100 MB/s peak, RF 3, 3 consumer groups", expect: "1 brokers") {
                "\(brokers(peak: 100_000_000, replicationFactor: 3, consumerGroups: 3)) brokers"
            },
            RuleExample("T = 50 MB/s peak, RF 3, 10,000 consumer groups", expect: "572 brokers (NIC-bound: 500 GB/s of fan-out)") {
                "\(brokers(peak: 50_000_000, replicationFactor: 3, consumerGroups: 10_000)) brokers (NIC-bound: 500 GB/s of fan-out)"
            },
        ])

    static func brokers(peak: Int, replicationFactor rf: Int, consumerGroups: Int) -> Int {
        max(storageBound(peak: peak, replicationFactor: rf), networkBound(peak: peak, replicationFactor: rf, consumerGroups: consumerGroups))
    }

    static func storageBound(peak: Int, replicationFactor rf: Int) -> Int {
        IntegerMath.scaleUp(peak, rf * 100, storageThroughput * targetUtilizationPercent)
    }

    static func networkBound(peak: Int, replicationFactor rf: Int, consumerGroups: Int) -> Int {
        IntegerMath.scaleUp(peak, (consumerGroups + rf - 1) * 100, nicThroughput * targetUtilizationPercent)
    }
}

/// Brokers so that no broker holds more local log than the documented per-broker disk bound.
enum KafkaStorageBoundRule: SizingRule {
    /// Largest local log per broker: below MSK's 16 TiB per-broker maximum, and it bounds re-replication after a loss.
    static let maxStoragePerBroker = 16_000_000_000_000
    /// Disks are planned at 70% fill.
    static let fillPercent = 70

    static let description = RuleDescription(
        id: "kafka.brokers.storage",
        summary: "Locally retained bytes at the horizon (ingress × local retention × RF / fill) spread so each broker holds at most 16 TB.",
        formula: "B ≥ ⌈Σ ingress_h × local retention × RF / fill / 16 TB⌉",
        constants: [
            RuleConstant("fill", "70%", "common planning fill for Kafka disks (rule of thumb, not an Apache figure)"),
            RuleConstant("max per broker", "16 TB", "below MSK's 16 TiB per-broker storage maximum; bounds re-replication time after a broker loss"),
        ],
        source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-update-storage.html (16384 GiB per broker) ; "
            + "https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html ; sizing-rules §2.4",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("100 MB/s for 7 d at RF 3", expect: "17 brokers (259.2 TB retained)") {
                let total = retainedBytes(ingress: 100_000_000, retention: 604_800, replicationFactor: 3)
                return "\(brokers(retained: total)) brokers (\(Bytes(total)) retained)"
            },
        ])

    /// ingress × retention × RF / fill; saturates like `IntegerMath.scaleUp` instead of overflowing.
    static func retainedBytes(ingress: Int, retention: Int, replicationFactor: Int) -> Int {
        IntegerMath.scaleUp(ingress, IntegerMath.product(retention, replicationFactor, 100), fillPercent)
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
        source: "https://www.confluent.io/blog/apache-kafka-supports-200k-partitions-per-cluster/ ; sizing-rules §2.2",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("6,000 partitions at RF 3", expect: "5 brokers") {
                "\(brokers(partitions: 6_000, replicationFactor: 3)) brokers"
            },
        ])

    static func brokers(partitions: Int, replicationFactor: Int) -> Int {
        IntegerMath.ceilDiv(IntegerMath.product(partitions, replicationFactor), maxReplicasPerBroker)
    }
}

/// Partitions per topic from throughput per partition and the widest consumer that must read the topic.
enum KafkaPartitionRule: SizingRule {
    /// Produce throughput one partition sustains ("10s of MB/s"; the low end).
    static let perPartitionThroughput = 10_000_000

    static let description = RuleDescription(
        id: "kafka.partitions",
        summary: "Partitions per topic so no partition carries more than 10 MB/s at the horizon's peak, and at least one per subtask of "
            + "the widest consumer (a Flink job's source parallelism); independent of the broker count and of retention. A topic's "
            + "throughput is its own stream's: its share of the ingest, or the rate it states (bytes/s, or events/s × event size).",
        formula: "partitions = max(⌈T_topic / 10 MB/s⌉, consumer parallelism, 1)",
        constants: [RuleConstant("per-partition throughput", "10 MB/s", "the low end of Confluent's \"10s of MB/s\" per partition")],
        source: "https://www.confluent.io/blog/how-choose-number-topics-partitions-kafka-cluster/ ; sizing-rules §2.2",
        evidence: .documented,
        examples: [
            RuleExample("a topic at 250 MB/s peak read by a job of parallelism 6", expect: "25 partitions") {
                "\(partitions(peak: 250_000_000, parallelism: 6)) partitions"
            },
            RuleExample("a CDC stream of 300 events/s × 2 kB beside a 40 MB/s clickstream, peak 4×, no growth, no Flink reader",
                        expect: "orders 1, clicks 16 partitions") {
                let peaks = [StreamRate.events(perSecond: 300, size: Bytes(2_000)), .bytes(BytesPerSecond(40_000_000))]
                    .map { IntegerMath.percent($0.average(ingest: nil), 400) }
                return "orders \(partitions(peak: peaks[0], parallelism: 1)), clicks \(partitions(peak: peaks[1], parallelism: 1)) partitions"
            },
            RuleExample("a topic at 5 MB/s read by a job of parallelism 12", expect: "12 partitions") {
                "\(partitions(peak: 5_000_000, parallelism: 12)) partitions"
            },
        ])

    static func partitions(peak: Int, parallelism: Int) -> Int {
        max(IntegerMath.ceilDiv(peak, perPartitionThroughput), parallelism, 1)
    }
}
