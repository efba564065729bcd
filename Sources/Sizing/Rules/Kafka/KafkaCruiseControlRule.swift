import LakeModel

/// Cruise Control once a running cluster gains brokers: Strimzi's auto-rebalance moves replicas onto the new brokers.
enum KafkaCruiseControlRule: SizingRule {
    static let cpu = 1_000
    static let memory = 2 << 30

    static let description = RuleDescription(
        id: "kafka.cruiseControl",
        summary: "Added brokers start empty: Kafka never moves existing replicas by itself. When a plan gives a running cluster more "
            + "brokers than its last applied revision, the Kafka resource enables Cruise Control with auto-rebalance on "
            + "add-brokers and remove-brokers, so Strimzi runs a KafkaRebalance for exactly the added brokers once they are "
            + "ready, and one that empties brokers before a pool scales down. Once enabled it stays on. Each broker's network "
            + "capacity for Cruise Control's goals is the NIC the broker rule sizes against, not Cruise Control's 10,000 KiB/s default.",
        formula: "enabled = recorded.cruiseControl ∨ brokers > recorded.brokers; resources = 1 CPU / 2 GiB (request = limit); "
            + "brokerCapacity.{inbound,outbound}Network = t_nic",
        constants: [
            RuleConstant("resources", "1 CPU / 2 GiB", "rule of thumb for one Cruise Control pod; Strimzi sets its heap to 75% of the container (no cap)"),
            RuleConstant("t_nic", "1,250 MB/s", "the 10 GbE interface kafka.brokers.throughput sizes brokers against"),
        ],
        source: "https://strimzi.io/docs/operators/latest/deploying#proc-automating-rebalances-str ; "
            + "https://strimzi.io/docs/operators/latest/configuring#type-CruiseControlSpec-reference ; "
            + "sizing-rules §2.5 (Strimzi: Cruise Control heap 75% of the container)",
        evidence: .documented,
        examples: [
            RuleExample("a cluster applied with 9 brokers, sized at 15", expect: "enabled") { enabled(brokers: 15, recorded: shape(9)) ? "enabled" : "off" },
            RuleExample("the same cluster at 9 brokers", expect: "off") { enabled(brokers: 9, recorded: shape(9)) ? "enabled" : "off" },
            RuleExample("a new cluster", expect: "off") { enabled(brokers: 15, recorded: nil) ? "enabled" : "off" },
        ])

    /// Whether the cluster runs Cruise Control: it gains brokers now, or it already ran it.
    static func enabled(brokers: Int, recorded: KafkaShape?) -> Bool {
        guard let recorded else { return false }
        return recorded.cruiseControl == true || brokers > recorded.brokers
    }

    private static func shape(_ brokers: Int) -> KafkaShape {
        KafkaShape(brokers: brokers, replicationFactor: 3, brokerCPU: Millicores(4_000), brokerMemory: Bytes(16 << 30), brokerStorage: Bytes(1 << 40))
    }
}
