import LakeModel

extension KafkaResolver {
    /// The broker count and what it keeps on disk: local retention per stream, local retained bytes, bytes tiered to MinIO.
    struct BrokerPlan {
        var brokers: Int
        var consumerGroups: Int
        var localRetentions: [Int]
        var localRetained: Int
        var tieredBytes: Int
    }

    /// One lower bound on the broker count, named for explain and for the warning above the sanity bound.
    struct BrokerBound {
        var value: Int
        var name: String
        var rule: RuleDescription
        /// Brokers every bound would need if a single consumer group read the streams.
        var withOneGroup = 0
        /// Whether reads by the other consumer groups set the broker count.
        var consumerDriven: Bool { value > withOneGroup }
    }

    /// How much each stream counts when averaging consumer groups over the streams: its share of the ingest when every
    /// stream is a share (format 1's weighting, kept exact), else its average rate today.
    static func consumerWeights(_ streams: [StreamLoad], _ workload: WorkloadSpec) -> [Int] {
        streams.map { stream in
            if case .share(let percent) = stream.rate, !streams.contains(where: { $0.rate.isOwn }) { return percent }
            return stream.today(workload)
        }
    }

    /// Brokers = max(RF, throughput, CPU, local disk, partition replicas), rounded to zones; tiered storage when the full retention
    /// would otherwise decide the count.
    static func brokers(_ spec: KafkaSpec, replicationFactor rf: Int, streams: [StreamLoad], partitions: Int, _ ledger: Ledger) -> BrokerPlan {
        let workload = ledger.lake.workload
        let peak = StreamRates(share: 100, workload).peak
        let weights = consumerWeights(streams, workload)
        let consumerWeighted = IntegerMath.sum(streams.indices.map { IntegerMath.product(weights[$0], streams[$0].consumerGroups) })
        let consumerGroups = max(1, IntegerMath.ceilDiv(consumerWeighted, max(1, IntegerMath.sum(weights))))
        let zones = max(1, spec.zones)
        let writes = KafkaThroughputRule.storageBound(peak: peak, replicationFactor: rf)
        let fanOut = KafkaThroughputRule.networkBound(peak: peak, replicationFactor: rf, consumerGroups: consumerGroups)
        let replicas = KafkaReplicaGuardrailRule.brokers(partitions: partitions, replicationFactor: rf)
        let cpu = KafkaCPURule.brokers(total: KafkaCPURule.clusterCPU(peak: peak, replicationFactor: rf, consumerGroups: consumerGroups))
        let compute = IntegerMath.roundUp(max(rf, writes, fanOut, cpu, replicas), toMultipleOf: zones)
        let capacity = ledger.lake.pin(.kafkaBrokers)?.value ?? compute
        let averages = streams.map { StreamRates(today: $0.today(workload), workload).average }
        let retained = streams.indices.reduce(0) { total, index in
            min(GrowthCurve.saturated, total + KafkaStorageBoundRule.retainedBytes(
                ingress: averages[index], retention: streams[index].retention, replicationFactor: rf))
        }
        let hasObjectStore = ledger.lake.components.minio != nil
        let tiered = hasObjectStore && KafkaTieredStorageRule.tiered(retained: retained, computeBrokers: capacity)
        let why = "full retention needs \(KafkaStorageBoundRule.brokers(retained: retained)) brokers for \(Bytes(retained)), "
            + (tiered ? "more than" : "within") + " the \(capacity) "
            + (ledger.lake.pin(.kafkaBrokers) == nil ? "throughput, CPU, RF and replicas need" : "pinned")
            + (hasObjectStore ? "" : "; no MinIO to tier to")
        let localRetentions = streams.map { stream in
            ledger.decide("kafka.topics.\(stream.name).localRetention", .seconds, by: KafkaTieredStorageRule.description,
                          inputs: StreamRates.inputs + ["workload.streams.maxRetention", "kafka.replicationFactor"]) {
                let value = KafkaTieredStorageRule.retention(tiered: tiered, stream.retention)
                return (value, tiered ? "\(why): min(\(Seconds(stream.retention)), 1d) = \(Seconds(value))"
                                      : "\(why): every segment stays local = \(Seconds(value))")
            }
        }
        let localRetained = ledger.decide("kafka.localRetained", .bytes, by: KafkaStorageBoundRule.description,
                                          inputs: streams.map { "kafka.topics.\($0.name).localRetention" }) {
            let value = streams.indices.reduce(0) { total, index in
                min(GrowthCurve.saturated, total + KafkaStorageBoundRule.retainedBytes(
                    ingress: averages[index], retention: localRetentions[index], replicationFactor: rf))
            }
            return (value, "Σ ingress at the horizon × local retention × RF \(rf) / 70% = \(Bytes(value)) of broker disk at the horizon")
        }
        let tieredBytes = ledger.decide("kafka.tieredBytes", .bytes, by: KafkaTieredStorageRule.description,
                                        inputs: streams.map { "kafka.topics.\($0.name).localRetention" }) {
            let value = streams.indices.filter { localRetentions[$0] < streams[$0].retention }.reduce(0) { total, index in
                min(GrowthCurve.saturated, total + KafkaTieredStorageRule.remoteBytes(ingress: averages[index], retention: streams[index].retention))
            }
            return (value, tiered ? "Σ ingress at the horizon × retention of the tiered topics, one copy = \(Bytes(value))" : "no topic is tiered = 0 B")
        }
        let storage = KafkaStorageBoundRule.brokers(retained: localRetained)
        let bounds = [
            BrokerBound(value: rf, name: "replication factor", rule: KafkaThroughputRule.description),
            BrokerBound(value: writes, name: "write throughput", rule: KafkaThroughputRule.description),
            BrokerBound(value: fanOut, name: "consumer fan-out (\(consumerGroups) groups) on the NIC", rule: KafkaThroughputRule.description),
            BrokerBound(value: cpu, name: "CPU (15 vCPU per broker)", rule: KafkaCPURule.description),
            BrokerBound(value: storage, name: "local storage", rule: KafkaStorageBoundRule.description),
            BrokerBound(value: replicas, name: "partition replicas", rule: KafkaReplicaGuardrailRule.description),
        ]
        var binding = bounds.dropFirst().reduce(bounds[0]) { $1.value > $0.value ? $1 : $0 }
        let oneGroup = max(writes, KafkaThroughputRule.networkBound(peak: peak, replicationFactor: rf, consumerGroups: 1),
                           KafkaCPURule.brokers(total: KafkaCPURule.clusterCPU(peak: peak, replicationFactor: rf, consumerGroups: 1)))
        binding.withOneGroup = max(oneGroup, rf, storage, replicas)
        let brokers = ledger.decide("kafka.brokers", .count, by: binding.rule,
                                    inputs: StreamRates.inputs + ["kafka.localRetained", "kafka.replicationFactor"], pin: .kafkaBrokers) {
            let value = IntegerMath.roundUp(binding.value, toMultipleOf: zones)
            return Recorded.atLeast((value, "max(RF \(rf), writes \(writes), fan-out \(fanOut), CPU \(cpu), local storage \(storage) (\(Bytes(localRetained))), "
                + "replicas \(replicas)) = \(binding.value) (\(binding.name)-bound), rounded up to a multiple of \(zones) zones = \(value)"),
                recorded: ledger.lake.recorded?.kafka?.brokers, .count, what: "brokers")
        }
        warn(brokers: brokers, binding: binding, localRetained: localRetained, tiered: tiered, ledger)
        return BrokerPlan(brokers: brokers, consumerGroups: consumerGroups, localRetentions: localRetentions, localRetained: localRetained,
                          tieredBytes: tieredBytes)
    }
}
