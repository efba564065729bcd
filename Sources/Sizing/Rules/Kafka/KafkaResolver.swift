import LakeModel

/// Resolves Kafka on Strimzi (KRaft): brokers, controllers, resources, storage and topics.
enum KafkaResolver {
    /// Kafka's own default retention, used when the workload declares no stream.
    static let defaultRetention = 7 * 86_400

    static func resolve(_ spec: KafkaSpec, _ ledger: Ledger) -> ResolvedKafka {
        let workload = ledger.lake.workload
        let average = ledger.input("workload.ingest", workload.ingestRate?.value ?? 0, .bytesPerSecond, reasonKey: "ingest")
        let peakPercent = ledger.setting("workload.ingest.peak", workload.peakPercent, default: 100, .percent, "no peak given: ingest is flat")
        let peak = IntegerMath.percent(average, peakPercent)
        let rf = ledger.setting("kafka.replicationFactor", spec.replicationFactor, default: 3, .count, "RF 3 with min.insync.replicas 2 tolerates one broker loss (Kafka docs)")
        let streams = streams(workload)
        ledger.input("workload.streams.maxRetention", streams.map(\.retention).max() ?? 0, .seconds, reasonKey: "streams")
        let consumerWeighted = streams.reduce(0) { $0 + $1.share * $1.consumerGroups }
        let consumerGroups = max(1, IntegerMath.ceilDiv(consumerWeighted, max(1, streams.reduce(0) { $0 + $1.share })))
        let retained = streams.reduce(0) {
            $0 + KafkaStorageBoundRule.retainedBytes(ingress: IntegerMath.percent(average, $1.share), retention: $1.retention, replicationFactor: rf)
        }
        // Partitions before the broker count is known, for the replica guardrail.
        let totalPartitions = streams.reduce(0) { total, stream in
            total + (stream.partitions ?? ledger.lake.pin(.kafkaPartitions)?.value
                ?? KafkaPartitionRule.partitions(peak: IntegerMath.percent(peak, stream.share), parallelism: 1, brokers: 1))
        }
        let throughputBound = KafkaThroughputRule.brokers(peak: peak, replicationFactor: rf, consumerGroups: consumerGroups)
        let storageBound = KafkaStorageBoundRule.brokers(retained: retained)
        let replicaBound = KafkaReplicaGuardrailRule.brokers(partitions: totalPartitions, replicationFactor: rf)
        let bounds: [(value: Int, name: String, rule: RuleDescription)] = [
            (rf, "replication factor", KafkaThroughputRule.description), (throughputBound, "throughput", KafkaThroughputRule.description),
            (storageBound, "storage", KafkaStorageBoundRule.description), (replicaBound, "partition replicas", KafkaReplicaGuardrailRule.description),
        ]
        let binding = bounds.max { $0.value < $1.value } ?? bounds[0]
        let brokers = ledger.decide("kafka.brokers", .count, by: binding.rule,
                                    inputs: ["workload.ingest", "workload.ingest.peak", "workload.streams.maxRetention", "kafka.replicationFactor"],
                                    pin: .kafkaBrokers) {
            let value = IntegerMath.roundUp(binding.value, toMultipleOf: max(1, spec.zones))
            return (value, "max(RF \(rf), throughput \(throughputBound), storage \(storageBound) (\(Bytes(retained)) retained), "
                + "replicas \(replicaBound)) = \(binding.value) (\(binding.name)-bound), rounded up to a multiple of \(spec.zones) zones = \(value)")
        }
        let minISR = ledger.setting("kafka.minInsyncReplicas", spec.minInsyncReplicas, default: 2, .count, "min.insync.replicas 2 with acks=all (Kafka docs)")
        let topics = streams.map { stream in
            let partitions = ledger.decide("kafka.topics.\(stream.name).partitions", .count, by: KafkaPartitionRule.description,
                                           inputs: ["workload.ingest", "kafka.brokers"], pin: .kafkaPartitions) {
                let value = stream.partitions ?? KafkaPartitionRule.partitions(peak: IntegerMath.percent(peak, stream.share), parallelism: 1, brokers: brokers)
                return (value, "max(⌈\(BytesPerSecond(IntegerMath.percent(peak, stream.share))) / 10 MB/s⌉, \(brokers) brokers) = \(value)")
            }
            return ResolvedTopic(name: stream.name, partitions: partitions, retention: Seconds(stream.retention),
                                 ingress: BytesPerSecond(IntegerMath.percent(average, stream.share)))
        }
        let cpu = ledger.decide("kafka.brokerCPU", .millicores, by: KafkaCPURule.description,
                                inputs: ["workload.ingest.peak", "kafka.replicationFactor", "kafka.brokers"]) {
            let total = KafkaCPURule.clusterCPU(peak: peak, replicationFactor: rf, consumerGroups: consumerGroups)
            let per = KafkaCPURule.perBroker(total: total, brokers: brokers)
            return (per * 1_000, "⌈\(total) vCPU / \(brokers) brokers⌉ = \(per) vCPU")
        }
        let memorySized = KafkaMemoryRule.size(cpu: IntegerMath.ceilDiv(cpu, 1_000))
        let memory = ledger.decide("kafka.brokerMemory", .bytes, by: KafkaMemoryRule.description, inputs: ["kafka.brokerCPU"], pin: .kafkaBrokerMemory) {
            (memorySized.memory, "\(cpu / 1_000) vCPU × 4 GiB = \(Bytes(memorySized.memory))")
        }
        let heap = ledger.decide("kafka.brokerHeap", .bytes, by: KafkaMemoryRule.description, inputs: ["kafka.brokerMemory"]) {
            let value = min(memory / 2, KafkaMemoryRule.heapCap)
            return (value, "min(\(Bytes(memory)) / 2, 5 GiB) = \(Bytes(value))")
        }
        let replicasPerBroker = IntegerMath.ceilDiv(topics.reduce(0) { $0 + $1.partitions } * rf, brokers)
        let storage = ledger.decide("kafka.brokerStorage", .bytes, by: KafkaStorageRule.description,
                                    inputs: ["workload.ingest", "kafka.replicationFactor", "kafka.brokers"], pin: .kafkaBrokerStorage) {
            let value = KafkaStorageRule.perBroker(retained: retained, brokers: brokers, replicasPerBroker: replicasPerBroker)
            return (value, "\(Bytes(retained)) / \(brokers) + \(replicasPerBroker) × 1 GiB = \(Bytes(value))")
        }
        let controllers = ledger.setting("kafka.controllers", spec.controllers, default: 3, .count,
                                         "3 KRaft controllers tolerate one failure")
        let brokerResources = Resources(cpu: Millicores(cpu), memory: Bytes(memory))
        let controllerResources = Resources(cpu: Millicores(KafkaControllerRule.cpu), memory: Bytes(KafkaControllerRule.memory))
        let pods = [
            PodGroup(name: "kafka-broker", component: .kafka, replicas: brokers, resources: brokerResources,
                     storagePerReplica: Bytes(storage), stateful: true),
            PodGroup(name: "kafka-controller", component: .kafka, replicas: controllers, resources: controllerResources,
                     storagePerReplica: Bytes(KafkaControllerRule.storage), stateful: true),
        ]
        return ResolvedKafka(
            brokers: brokers, controllers: controllers, replicationFactor: rf, minInsyncReplicas: minISR,
            brokerResources: brokerResources, brokerHeap: Bytes(heap), storagePerBroker: Bytes(storage),
            controllerResources: controllerResources, controllerStorage: Bytes(KafkaControllerRule.storage), topics: topics, pods: pods)
    }

    /// A stream's share of ingest, retention and consumers; an implicit `events` stream when none is declared.
    struct StreamLoad {
        var name: String
        var share: Int
        var retention: Int
        var consumerGroups: Int
        var partitions: Int?
    }

    static func streams(_ workload: WorkloadSpec) -> [StreamLoad] {
        guard !workload.streams.isEmpty else {
            return [StreamLoad(name: "events", share: 100, retention: defaultRetention, consumerGroups: 1, partitions: nil)]
        }
        return workload.streams.map {
            StreamLoad(name: $0.name, share: $0.sharePercent, retention: $0.retention.value, consumerGroups: $0.consumerGroups,
                       partitions: $0.partitions)
        }
    }
}
