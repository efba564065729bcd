import LakeModel

/// Tiered storage (KIP-405): when the full retention would make disk, not throughput, decide the broker count, brokers keep a
/// day of log locally and MinIO holds every rolled segment until retention.
enum KafkaTieredStorageRule: SizingRule {
    /// Local retention on the brokers once tiering is on: Confluent's default local hot set (`confluent.tier.local.hotset.ms`).
    static let localRetention = 86_400

    static let description = RuleDescription(
        id: "kafka.tieredStorage",
        summary: "When the full retention at the horizon needs more brokers than throughput, replication and the replica cap do, topics "
            + "keep 1 day (or their retention, if shorter) on broker disks and the whole retention on MinIO, one copy (MinIO's erasure "
            + "coding protects it); otherwise, or in a lake without MinIO, every segment stays local.",
        formula: "tiered ⇔ ⌈Σ ingress_h × retention × RF / fill / 16 TB⌉ > B_compute; local.retention = min(retention, 1 d); "
            + "tiered bytes = Σ ingress_h × retention",
        constants: [
            RuleConstant("local.retention", "1 d", "Confluent Tiered Storage's default hot set kept on broker disks (rule of thumb)"),
            RuleConstant("remote copies", "1", "the remote tier stores one copy; MinIO's erasure coding provides the redundancy"),
        ],
        source: "https://cwiki.apache.org/confluence/display/KAFKA/KIP-405%3A+Kafka+Tiered+Storage (remote.storage.enable, local.retention.ms) ; "
            + "https://strimzi.io/docs/operators/latest/configuring.html#type-TieredStorageCustom-reference ; "
            + "https://docs.confluent.io/platform/current/clusters/tiered-storage.html (confluent.tier.local.hotset.ms) ; sizing-rules §2.4",
        evidence: .documented,
        examples: [
            RuleExample("100 MB/s for 30 d at RF 3 on 3 compute-bound brokers", expect: "tiered: 1d local, 259.2 TB on MinIO") {
                let local = retention(tiered: tiered(retained: KafkaStorageBoundRule.retainedBytes(ingress: 100_000_000, retention: 2_592_000,
                                                                                                 replicationFactor: 3), computeBrokers: 3),
                                      2_592_000)
                return "tiered: \(Seconds(local)) local, \(Bytes(remoteBytes(ingress: 100_000_000, retention: 2_592_000))) on MinIO"
            },
            RuleExample("10 MB/s for 7 d at RF 3 on 3 compute-bound brokers", expect: "local: 7d") {
                let retained = KafkaStorageBoundRule.retainedBytes(ingress: 10_000_000, retention: 604_800, replicationFactor: 3)
                return "\(tiered(retained: retained, computeBrokers: 3) ? "tiered" : "local"): \(Seconds(retention(tiered: false, 604_800)))"
            },
        ])

    /// Whether the full retention needs more brokers than the compute bounds give.
    static func tiered(retained: Int, computeBrokers: Int) -> Bool { KafkaStorageBoundRule.brokers(retained: retained) > computeBrokers }

    /// The retention kept on broker disks.
    static func retention(tiered: Bool, _ retention: Int) -> Int { tiered ? min(retention, localRetention) : retention }

    /// One copy of the topic's whole retention on MinIO.
    static func remoteBytes(ingress: Int, retention: Int) -> Int { IntegerMath.product(ingress, retention) }
}
