extension ResolvedLake {
    /// The shapes this resolve deploys, to record with the revision that applies it. Pools and groups keep the
    /// serial that created them; what this plan adds is stamped with `serial`.
    public func topology(serial: Int) -> RecordedTopology { unstampedTopology.stamped(serial: serial) }

    /// The shapes this resolve deploys, with the MinIO pools this plan adds not yet stamped with a serial.
    public var unstampedTopology: RecordedTopology {
        var topology = RecordedTopology()
        if let minio { topology.minioPools = minio.pools }
        if let kafka {
            topology.kafka = KafkaShape(brokers: kafka.brokers, replicationFactor: kafka.replicationFactor, brokerCPU: kafka.brokerResources.cpuRequest,
                                        brokerMemory: kafka.brokerResources.memoryLimit, brokerStorage: kafka.storagePerBroker,
                                        cruiseControl: kafka.cruiseControl == nil ? nil : true)
            topology.topicPartitions = Dictionary(kafka.topics.map { ($0.name, $0.partitions) }, uniquingKeysWith: max)
        }
        for (name, search) in [("elasticsearch", elasticsearch), ("opensearch", opensearch)] {
            guard let search else { continue }
            topology.searchDataNodes[name] = search.dataNodes
            topology.searchPrimaryShards = (topology.searchPrimaryShards ?? [:]).merging([name: search.primaryShardsPerIndex]) { $1 }
        }
        for group in podGroups where group.stateful {
            topology.statefulGroups[group.name] = StatefulShape(replicas: group.replicas, volume: group.storagePerReplica)
        }
        return topology
    }
}

extension RecordedTopology {
    /// This topology with every MinIO pool that has no creation serial (one a plan adds) stamped with `serial`.
    public func stamped(serial: Int) -> RecordedTopology {
        var topology = self
        for index in topology.minioPools.indices where topology.minioPools[index].createdSerial == nil {
            topology.minioPools[index].createdSerial = serial
        }
        return topology
    }
}
