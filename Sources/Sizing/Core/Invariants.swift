import LakeModel

/// Properties every resolved lake must have. A failure is an error diagnostic, never a silent clamp.
enum Invariants {
    static func check(_ lake: ResolvedLake, _ ledger: Ledger) {
        WorkloadConsistencyRule.check(lake.spec.workload, ledger)
        if let minio = lake.minio { checkMinIO(minio, lake.spec, ledger) }
        if let kafka = lake.kafka { checkKafka(kafka, ledger) }
        checkProcessing(lake, ledger)
        checkServing(lake, ledger)
        for (name, service) in [("nifi", lake.nifi), ("atlas", lake.atlas)] {
            if let service, let heap = service.heap { checkHeap(heap, within: service.resources, "\(name).heap", ledger) }
        }
        for pool in lake.nodePools { checkPool(pool, ledger) }
    }

    /// The sum of requests fits the pool's allocatable capacity.
    static func checkPool(_ pool: ResolvedNodePool, _ ledger: Ledger) {
        let cpu = IntegerMath.product(pool.allocatableCPU.value, pool.nodes, saturatingAt: .max)
        let memory = IntegerMath.product(pool.allocatableMemory.value, pool.nodes, saturatingAt: .max)
        if pool.requestedCPU.value > cpu || pool.requestedMemory.value > memory {
            ledger.error("invariant.poolOvercommitted",
                         "node pool \(pool.name) requests \(pool.requestedCPU) CPU and \(pool.requestedMemory.memoryText) but \(pool.nodes) nodes allocate "
                            + "\(Millicores(cpu)) CPU and \(Bytes(memory).memoryText)",
                         address: "nodePools.\(pool.name)", notes: ["a pod larger than the biggest node shape cannot be scheduled; lower the pinned size"])
        }
    }

    static func checkMinIO(_ minio: ResolvedMinIO, _ spec: LakeSpec, _ ledger: Ledger) {
        let fillable = IntegerMath.percent(minio.usableCapacity.value, minio.fillTargetPercent)
        if fillable < spec.workload.dataVolume.value {
            ledger.error("invariant.minioCapacity",
                         "MinIO holds \(minio.usableCapacity) usable (\(Bytes(fillable)) at \(minio.fillTargetPercent)% fill), less than the \(spec.workload.dataVolume) of data",
                         address: "minio.nodes", notes: ["raise minio.nodes, the drive count or the drive size"])
        }
    }

    static func checkKafka(_ kafka: ResolvedKafka, _ ledger: Ledger) {
        if kafka.replicationFactor > kafka.brokers {
            ledger.error("invariant.kafkaReplication", "replication factor \(kafka.replicationFactor) exceeds \(kafka.brokers) brokers",
                         address: "kafka.brokers", notes: ["a partition cannot have more replicas than there are brokers"])
        }
        checkHeap(kafka.brokerHeap, within: kafka.brokerResources, "kafka.brokerHeap", ledger)
        let retained = IntegerMath.sum(kafka.topics.map {
            KafkaStorageBoundRule.retainedBytes(ingress: $0.ingress.value, retention: $0.localRetention.value,
                                                replicationFactor: kafka.replicationFactor)
        })
        let disks = IntegerMath.product(kafka.storagePerBroker.value, kafka.brokers)
        if disks < retained {
            ledger.error("invariant.kafkaDisk",
                         "Kafka disks hold \(Bytes(disks)), less than ingress × local retention × RF / fill = \(Bytes(retained))",
                         address: "kafka.brokerStorage", notes: ["raise kafka.brokerStorage or kafka.brokers, or shorten retention"])
        }
    }

    /// Every JVM's heap must leave room in its container.
    static func checkHeap(_ heap: Bytes, within resources: Resources, _ address: String, _ ledger: Ledger) {
        if heap >= resources.memoryLimit {
            ledger.error("invariant.heapExceedsContainer", "heap \(heap.memoryText) is not below the container memory \(resources.memoryLimit.memoryText)",
                         address: address, notes: ["never set -Xmx to the container limit; leave room for off-heap memory"])
        }
    }
}
