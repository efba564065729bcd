extension ResolvedLake {
    /// The shapes this resolve deploys, to record with the revision that applies it. Pools and groups keep the
    /// serial that created them; what this plan adds is stamped with `serial`.
    public func topology(serial: Int) -> RecordedTopology {
        var topology = RecordedTopology()
        if let minio {
            topology.minioPools = minio.pools.map { pool in
                var stamped = pool
                stamped.createdSerial = pool.createdSerial ?? serial
                return stamped
            }
        }
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
