import LakeModel

/// Resolves Kafka on Strimzi (KRaft): partitions, tiered storage, brokers, controllers, resources and storage, all for the
/// streams at the planning horizon.
enum KafkaResolver {
    /// Kafka's own default retention, used when the workload declares no stream.
    static let defaultRetention = 7 * 86_400

    static func resolve(_ spec: KafkaSpec, _ ledger: Ledger) -> ResolvedKafka {
        let workload = ledger.lake.workload
        StreamRates.recordInputs(ledger)
        let rf = ledger.setting("kafka.replicationFactor", spec.replicationFactor, default: 3, .count, "RF 3 with min.insync.replicas 2 tolerates one broker loss (Kafka docs)")
        let minISR = ledger.setting("kafka.minInsyncReplicas", spec.minInsyncReplicas, default: 2, .count, "min.insync.replicas 2 with acks=all (Kafka docs)")
        let recorded = ledger.lake.recorded?.kafka
        warnIfLowered(replicationFactor: rf, recorded: recorded, ledger)
        let streams = streams(workload)
        ledger.input("workload.streams.maxRetention", streams.map(\.retention).max() ?? 0, .seconds, reasonKey: "streams")
        let partitions = streams.map { topicPartitions($0, ledger) }
        let plan = brokers(spec, replicationFactor: rf, streams: streams, partitions: partitions.reduce(0, +), ledger)
        let brokers = plan.brokers
        let peak = StreamRates(share: 100, workload).peak
        let cpu = ledger.decide("kafka.brokerCPU", .millicores, by: KafkaCPURule.description,
                                inputs: ["workload.ingest.peak", "kafka.replicationFactor", "kafka.brokers"]) {
            let total = KafkaCPURule.clusterCPU(peak: peak, replicationFactor: rf, consumerGroups: plan.consumerGroups)
            let per = KafkaCPURule.perBroker(total: total, brokers: brokers)
            return Recorded.atLeast((IntegerMath.product(per, 1_000), "⌈\(total) vCPU for \(BytesPerSecond(peak)) at the horizon / \(brokers) brokers⌉ = \(per) vCPU"),
                                    recorded: recorded?.brokerCPU.value, .millicores, what: "per broker")
        }
        let memorySized = KafkaMemoryRule.size(cpu: IntegerMath.ceilDiv(cpu, 1_000))
        let memory = ledger.decide("kafka.brokerMemory", .memory, by: KafkaMemoryRule.description, inputs: ["kafka.brokerCPU"], pin: .kafkaBrokerMemory) {
            Recorded.atLeast((memorySized.memory, "\(cpu / 1_000) vCPU × 4 GiB = \(Bytes(memorySized.memory).memoryText)"),
                             recorded: recorded?.brokerMemory.value, .memory, what: "per broker")
        }
        let heap = ledger.decide("kafka.brokerHeap", .memory, by: KafkaMemoryRule.description, inputs: ["kafka.brokerMemory"]) {
            let value = min(memory / 2, KafkaMemoryRule.heapCap)
            return (value, "min(\(Bytes(memory).memoryText) / 2, 5 GiB) = \(Bytes(value).memoryText)")
        }
        let replicasPerBroker = IntegerMath.ceilDiv(IntegerMath.product(IntegerMath.sum(partitions), rf), brokers)
        let storage = ledger.decide("kafka.brokerStorage", .bytes, by: KafkaStorageRule.description,
                                    inputs: ["kafka.localRetained", "kafka.brokers"], pin: .kafkaBrokerStorage) {
            let value = KafkaStorageRule.perBroker(retained: plan.localRetained, brokers: brokers, replicasPerBroker: replicasPerBroker)
            return Recorded.atLeast((value, "\(Bytes(plan.localRetained)) / \(brokers) + \(replicasPerBroker) × 1 GiB = \(Bytes(value))"),
                                    recorded: recorded?.brokerStorage.value, .bytes, what: "per broker")
        }
        warn(minInsync: minISR, replicationFactor: rf, ledger)
        warn(history: streams.reduce(0) {
            min(GrowthCurve.saturated, $0 + KafkaTieredStorageRule.remoteBytes(ingress: StreamRates(today: $1.today(workload), workload).average, retention: $1.retention))
        }, ledger)
        let controllers = ledger.setting("kafka.controllers", spec.controllers, default: 3, .count,
                                         "3 KRaft controllers tolerate one failure")
        let entityOperator = entityOperatorResources(ledger)
        let cruiseControl = cruiseControl(brokers: brokers, recorded: recorded, ledger)
        let brokerResources = Resources(cpu: Millicores(cpu), memory: Bytes(memory))
        let controllerResources = Resources(cpu: Millicores(KafkaControllerRule.cpu), memory: Bytes(KafkaControllerRule.memory))
        let pods = [
            PodGroup(name: "kafka-broker", component: .kafka, replicas: brokers, resources: brokerResources,
                     storagePerReplica: Bytes(storage), stateful: true),
            PodGroup(name: "kafka-controller", component: .kafka, replicas: controllers, resources: controllerResources,
                     storagePerReplica: Bytes(KafkaControllerRule.storage), stateful: true),
            PodGroup(name: "kafka-entity-operator", component: .kafka, replicas: 1,
                     resources: Resources(cpu: Millicores(entityOperator.cpuRequest.value * 2), memory: entityOperator.memoryRequest * 2),
                     stateful: false),
        ] + (cruiseControl.map { [PodGroup(name: "kafka-cruise-control", component: .kafka, replicas: 1, resources: $0.resources, stateful: false)] } ?? [])
        let topics = streams.indices.map { index in
            var topic = ResolvedTopic(name: streams[index].name, partitions: partitions[index], retention: Seconds(streams[index].retention),
                                      localRetention: Seconds(plan.localRetentions[index]), ingress: BytesPerSecond(streams[index].today(workload)))
            topic.keyed = streams[index].keyed
            return topic
        }
        var kafka = ResolvedKafka(
            brokers: brokers, controllers: controllers, replicationFactor: rf, minInsyncReplicas: minISR,
            brokerResources: brokerResources, brokerHeap: Bytes(heap), storagePerBroker: Bytes(storage),
            controllerResources: controllerResources, controllerStorage: Bytes(KafkaControllerRule.storage), topics: topics, pods: pods)
        kafka.tieredBytes = Bytes(plan.tieredBytes)
        kafka.entityOperator = entityOperator
        kafka.cruiseControl = cruiseControl
        return kafka
    }

    /// Cruise Control for a running cluster that gains brokers (or already ran it), recorded for explain either way.
    static func cruiseControl(brokers: Int, recorded: KafkaShape?, _ ledger: Ledger) -> ResolvedCruiseControl? {
        let enabled = ledger.decide("kafka.cruiseControl", .count, by: KafkaCruiseControlRule.description, inputs: ["kafka.brokers"]) {
            guard let recorded else { return (0, "a new cluster: no running broker to move replicas from → 0 (off)") }
            if recorded.cruiseControl == true { return (1, "the applied cluster runs Cruise Control, which stays on → 1 (on)") }
            let grows = KafkaCruiseControlRule.enabled(brokers: brokers, recorded: recorded)
            return grows ? (1, "\(brokers) brokers > \(recorded.brokers) applied: auto-rebalance moves replicas onto the added brokers → 1 (on)")
                : (0, "\(brokers) brokers, as applied: nothing to rebalance → 0 (off)")
        } == 1
        guard enabled else { return nil }
        let why = "kafka.cruiseControl: one Cruise Control pod, request = limit"
        let cpu = ledger.defaulted("kafka.cruiseControlCPU", KafkaCruiseControlRule.cpu, .millicores, why)
        let memory = ledger.defaulted("kafka.cruiseControlMemory", KafkaCruiseControlRule.memory, .memory, why)
        return ResolvedCruiseControl(resources: Resources(cpu: Millicores(cpu), memory: Bytes(memory), cpuLimit: Millicores(cpu)),
                                     networkCapacityPerBroker: BytesPerSecond(KafkaThroughputRule.nicThroughput))
    }

    /// The documented resources of each entity operator container, recorded for explain.
    static func entityOperatorResources(_ ledger: Ledger) -> Resources {
        let why = "Strimzi's documented Topic and User Operator resources (Strimzi sets none)"
        let cpu = ledger.defaulted("kafka.entityOperatorCPU", KafkaEntityOperatorRule.cpu, .millicores, why)
        let memory = ledger.defaulted("kafka.entityOperatorMemory", KafkaEntityOperatorRule.memory, .memory, why)
        return Resources(cpu: Millicores(cpu), memory: Bytes(memory), cpuLimit: Millicores(cpu))
    }

    /// Partitions of one topic: from its peak at the horizon and the widest Flink job reading it; the stream's own count and pins win.
    static func topicPartitions(_ stream: StreamLoad, _ ledger: Ledger) -> Int {
        let workload = ledger.lake.workload
        let peak = StreamRates(today: stream.today(workload), workload).peak
        let readers = ledger.lake.components.flink?.jobs.filter { $0.sources.contains(stream.name) } ?? []
        let widest = readers.map { ($0.name, $0.parallelism ?? FlinkResolver.neededParallelism($0, workload)) }.max { $0.1 < $1.1 }
        let source = stream.rate.isOwn ? "\(stream.rate.source(ingest: nil)) → peak \(BytesPerSecond(peak)) at the horizon: " : ""
        return ledger.decide("kafka.topics.\(stream.name).partitions", .count, by: KafkaPartitionRule.description,
                             inputs: StreamRates.inputs(streams: [stream.name], workload), pin: .kafkaPartitions) {
            let recorded = ledger.lake.recorded?.topicPartitions[stream.name]
            if let given = stream.partitions { return Recorded.atLeast((given, "set on stream \(stream.name) = \(given)"), recorded: recorded, .count, what: "partitions") }
            let value = KafkaPartitionRule.partitions(peak: peak, parallelism: widest?.1 ?? 1)
            let consumer = widest.map { "Flink job \($0.0) needs \($0.1)" } ?? "no Flink job reads it"
            return Recorded.atLeast((value, "\(source)max(⌈\(BytesPerSecond(peak)) / 10 MB/s⌉, \(consumer), 1) = \(value)"), recorded: recorded, .count, what: "partitions")
        }
    }

    /// A stream's rate, retention, consumers and keying; an implicit `events` stream when none is declared.
    struct StreamLoad {
        var name: String
        var rate: StreamRate
        var retention: Int
        var consumerGroups: Int
        var partitions: Int?
        var keyed = false

        /// The stream's average ingress today.
        func today(_ workload: WorkloadSpec) -> Int { rate.average(ingest: workload.ingestRate) }
    }

    static func streams(_ workload: WorkloadSpec) -> [StreamLoad] {
        guard !workload.streams.isEmpty else {
            return [StreamLoad(name: "events", rate: .share(percent: 100), retention: defaultRetention, consumerGroups: 1, partitions: nil)]
        }
        return workload.streams.map {
            StreamLoad(name: $0.name, rate: $0.rate, retention: $0.retention.value, consumerGroups: $0.consumerGroups,
                       partitions: $0.partitions, keyed: $0.keyed)
        }
    }
}
