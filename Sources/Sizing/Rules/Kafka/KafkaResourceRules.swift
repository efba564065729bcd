import LakeModel

/// Broker vCPU from write-equivalent bandwidth (Google's Managed Kafka sizing guide).
enum KafkaCPURule: SizingRule {
    static let writeEquivalentPerCPU = 20_000_000
    static let targetUtilizationPercent = 50
    /// Google's service scales a broker up to 15 vCPU, then adds brokers, to keep throughput linear in vCPU.
    static let maxPerBroker = 15

    static let description = RuleDescription(
        id: "kafka.cpu",
        summary: "Cluster vCPU from write-equivalent bandwidth at 20 MB/s per vCPU and 50% utilization, spread over the brokers; "
            + "at most 15 vCPU per broker, so a larger cluster gets more brokers rather than bigger ones.",
        formula: "write = T·RF; read = T·c + T·(RF − 1); vCPU = ⌈(write + read / 4) / 20 MB/s / 0.5⌉; B ≥ ⌈vCPU / 15⌉; "
            + "per broker = ⌈vCPU / B⌉ (≥ 2)",
        constants: [
            RuleConstant("per vCPU", "20 MB/s", "write-equivalent bandwidth per vCPU"),
            RuleConstant("utilization", "50%", "starting utilization target"),
            RuleConstant("vCPU per broker", "at most 15", "Google's service adds a broker per 15 vCPU to keep throughput linear in vCPU"),
        ],
        source: "https://cloud.google.com/managed-service-for-apache-kafka/docs/plan-cluster-size ; "
            + "https://cloud.google.com/managed-service-for-apache-kafka/docs/overview (scaling algorithm)",
        evidence: .documented,
        examples: [
            RuleExample("100 MB/s peak, RF 3, 3 consumer groups, 9 brokers", expect: "5 vCPU per broker (43 in total)") {
                let total = clusterCPU(peak: 100_000_000, replicationFactor: 3, consumerGroups: 3)
                return "\(perBroker(total: total, brokers: 9)) vCPU per broker (\(total) in total)"
            },
            RuleExample("210 MB/s peak, RF 3, 3 consumer groups", expect: "90 vCPU need at least 6 brokers") {
                let total = clusterCPU(peak: 210_000_000, replicationFactor: 3, consumerGroups: 3)
                return "\(total) vCPU need at least \(brokers(total: total)) brokers"
            },
        ])

    static func clusterCPU(peak: Int, replicationFactor rf: Int, consumerGroups: Int) -> Int {
        // (T·RF + (T·c + T·(RF − 1)) / 4) in quarters of T, so large peaks and consumer counts never overflow.
        let quarters = 4 * rf + consumerGroups + rf - 1
        return IntegerMath.scaleUp(peak, quarters * 100, 4 * writeEquivalentPerCPU * targetUtilizationPercent)
    }

    static func perBroker(total: Int, brokers: Int) -> Int { max(2, IntegerMath.ceilDiv(total, max(1, brokers))) }

    /// Brokers so that none needs more than 15 vCPU.
    static func brokers(total: Int) -> Int { IntegerMath.ceilDiv(total, maxPerBroker) }
}

/// Broker memory at 4 GiB per vCPU, and the heap Strimzi gives it.
enum KafkaMemoryRule: SizingRule {
    static let memoryPerCPU = 4 << 30
    static let heapCap = 5 << 30

    static let description = RuleDescription(
        id: "kafka.memory",
        summary: "Container memory is 4 GiB per vCPU; the heap is half of it, capped at 5 GiB (Strimzi's default); the rest is page cache.",
        formula: "memory = vCPU × 4 GiB; heap = min(memory / 2, 5 GiB)",
        constants: [
            RuleConstant("memory per vCPU", "4 GiB", "Google's guide (1–8 GiB allowed)"),
            RuleConstant("heap", "50%, at most 5 GiB", "Strimzi DYNAMIC_HEAP_FRACTION / DYNAMIC_HEAP_MAX for Kafka"),
        ],
        source: "https://cloud.google.com/managed-service-for-apache-kafka/docs/plan-cluster-size ; strimzi-kafka-operator docker-images kafka_run.sh (dynamic heap)",
        evidence: .documented,
        examples: [
            RuleExample("5 vCPU", expect: "20 GiB, heap 5 GiB") {
                let sized = size(cpu: 5)
                return "\(Bytes(sized.memory).memoryText), heap \(Bytes(sized.heap).memoryText)"
            },
            RuleExample("2 vCPU", expect: "8 GiB, heap 4 GiB") {
                let sized = size(cpu: 2)
                return "\(Bytes(sized.memory).memoryText), heap \(Bytes(sized.heap).memoryText)"
            },
        ])

    static func size(cpu: Int) -> (memory: Int, heap: Int) {
        let memory = IntegerMath.product(cpu, memoryPerCPU)
        return (memory, min(memory / 2, heapCap))
    }
}

/// Per-broker volume: retained log plus one active segment per partition replica.
enum KafkaStorageRule: SizingRule {
    static let segmentBytes = 1 << 30

    static let description = RuleDescription(
        id: "kafka.storage",
        summary: "Each broker's volume holds its share of ingress × local retention × RF at the horizon at 70% fill, plus an active "
            + "1 GiB segment per replica; segments tiered to MinIO need no broker disk.",
        formula: "per broker = Σ ingress_h × local retention × RF / B / 0.7 + replicas per broker × 1 GiB, rounded up to whole GiB",
        constants: [RuleConstant("log.segment.bytes", "1 GiB", "Kafka's default active segment size")],
        source: "https://kafka.apache.org/documentation/#brokerconfigs_log.segment.bytes ; sizing-rules §2.4",
        evidence: .documented,
        examples: [
            RuleExample("100 MB/s × 7 d × RF 3 on 12 brokers, 100 partitions", expect: "21.62 TB per broker") {
                let retained = KafkaStorageBoundRule.retainedBytes(ingress: 100_000_000, retention: 604_800, replicationFactor: 3)
                return "\(Bytes(perBroker(retained: retained, brokers: 12, replicasPerBroker: 25))) per broker"
            },
        ])

    /// Rounded up to whole GiB, the unit volumes are provisioned in.
    static func perBroker(retained: Int, brokers: Int, replicasPerBroker: Int) -> Int {
        IntegerMath.roundUp(IntegerMath.sum([IntegerMath.ceilDiv(retained, max(1, brokers)), IntegerMath.product(replicasPerBroker, segmentBytes)]), toMultipleOf: 1 << 30)
    }
}
