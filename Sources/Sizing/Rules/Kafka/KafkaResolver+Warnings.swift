import LakeModel

extension KafkaResolver {
    /// The sanity bound of issue 13: past 1,000 brokers one cluster is an outlier to operate (metadata, rebalancing, rolling
    /// restarts), so the count is still emitted but a warning names its cause and the levers.
    static let brokerSanityBound = 1_000

    /// Consumer fan-out is flagged once it at least doubles the brokers a single consumer group would need.
    static let fanOutFactor = 2

    /// min.insync.replicas equal to RF: acks=all writes stop whenever any replica is down, including every rolling restart.
    static func warn(minInsync: Int, replicationFactor rf: Int, _ ledger: Ledger) {
        guard minInsync == rf else { return }
        ledger.warning("kafka.minInsyncEqualsReplication",
                       "min.insync.replicas \(minInsync) equals the replication factor \(rf): no broker can be lost for acks=all writes, "
                           + "so every rolling restart or broker failure stops producers",
                       address: "kafka.minInsyncReplicas",
                       notes: ["set kafka.minInsyncReplicas to \(max(1, rf - 1)) or raise kafka.replicationFactor to \(rf + 1) (the documented pattern is RF 3, min.insync.replicas 2)"])
    }

    /// A replication factor below the one the running cluster uses drops a copy of every partition.
    static func warnIfLowered(replicationFactor rf: Int, recorded: KafkaShape?, _ ledger: Ledger) {
        guard let recorded, rf < recorded.replicationFactor else { return }
        ledger.warning("kafka.replicationFactorDecreased",
                       "the replication factor goes from \(recorded.replicationFactor) to \(rf): every partition loses a copy and the cluster "
                           + "tolerates fewer broker failures; Kafka only does this by a partition reassignment",
                       address: "kafka.replicationFactor",
                       notes: ["keep kafka.replicationFactor at \(recorded.replicationFactor)",
                               "or reassign each topic's replicas to \(rf) brokers (kafka-reassign-partitions) before applying"])
    }

    /// A stream history (one copy of every topic's retention) larger than the whole lake at the horizon contradicts the workload.
    static func warn(history: Int, _ ledger: Ledger) {
        let lake = ledger.lake.workload.atHorizon(ledger.lake.workload.dataVolume.value)
        guard history > lake else { return }
        ledger.warning("kafka.retentionExceedsLake",
                       "Kafka's retention holds \(Bytes(history)) of stream history (one copy), more than the \(Bytes(lake)) the whole lake "
                           + "holds at the horizon; ingest × retention contradicts the declared data volume and growth",
                       address: "kafka.tieredBytes",
                       notes: ["shorten the streams' retention (the lake's tables keep the history) or raise workload.dataVolume and its growth"])
    }

    /// A pin that overloads broker disks, a cluster past the sanity bound, and consumer fan-out deciding the broker count.
    static func warn(brokers: Int, binding: BrokerBound, localRetained: Int, tiered: Bool, _ ledger: Ledger) {
        let perBroker = IntegerMath.ceilDiv(localRetained, max(1, brokers))
        if let pin = ledger.lake.pin(.kafkaBrokers), perBroker > KafkaStorageBoundRule.maxStoragePerBroker {
            ledger.warning("kafka.pinnedBrokersOverDisk",
                           "the pin of \(pin.value) brokers leaves \(Bytes(perBroker)) of local log on each, above the "
                               + "\(Bytes(KafkaStorageBoundRule.maxStoragePerBroker)) per-broker disk bound; the disk rule needs "
                               + "\(KafkaStorageBoundRule.brokers(retained: localRetained)) brokers",
                           address: "kafka.brokers",
                           notes: [tiered ? "tiered storage already keeps only a day locally: raise or remove the pin, or shorten retention"
                                          : "raise or remove the pin (tiered storage then applies when retention decides the count), or shorten retention"])
        }
        let cause = ledger.lake.pin(.kafkaBrokers) != nil ? "the blueprint's pin"
            : binding.name + (binding.consumerDriven ? ", driven by the reads of every consumer group" : "")
        if brokers > brokerSanityBound {
            ledger.warning("kafka.brokersAboveBound",
                           "\(brokers) Kafka brokers, above the \(brokerSanityBound) a single cluster is sized for; the count is set by \(cause)",
                           address: "kafka.brokers", notes: [lever(binding, tiered: tiered)])
        } else if binding.value >= fanOutFactor * binding.withOneGroup {
            ledger.warning("kafka.consumerFanOut",
                           "\(binding.value) brokers are needed because every consumer group reads every byte (\(cause)); "
                               + "a single group would need \(binding.withOneGroup)",
                           address: "kafka.brokers", notes: [lever(binding, tiered: tiered)])
        }
    }

    /// The levers for the bound that decides the broker count.
    static func lever(_ binding: BrokerBound, tiered: Bool) -> String {
        if binding.consumerDriven {
            return "merge consumer groups that read the same stream (fan out downstream, e.g. in Flink), pin kafka.brokers on faster NICs, or split the lake"
        }
        return switch binding.name {
        case "local storage":
            (tiered ? "tiered storage already keeps only a day locally: " : "tiered storage (with MinIO) moves retention beyond a day off the brokers; ") + "shorten retention, pin kafka.brokers, or split the lake"
        case "partition replicas": "fewer partitions per topic (pin kafka.partitions), fewer topics, or split the lake"
        default: "pin kafka.brokers on larger brokers, or split the lake's ingest across clusters"
        }
    }
}
