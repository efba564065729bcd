extension ResolvedLake {
    /// The shapes this resolve deploys, to record with the revision that applies it. Pools and groups keep the
    /// serial that created them; what this plan adds is stamped with `serial`.
    public func topology(serial: Int) -> RecordedTopology {
        var topology = RecordedTopology()
        if let minio, let spec = spec.components.minio {
            // Until sizing grows MinIO by pools, a lake keeps the pools it recorded and a new lake records one.
            let recorded = self.spec.recorded?.minioPools ?? []
            let pool = MinIOPoolShape(name: "pool-\(recorded.count)", servers: minio.nodes, volumesPerServer: minio.drivesPerNode,
                                      driveSize: minio.driveSize, media: spec.media.rawValue, createdSerial: serial)
            topology.minioPools = recorded.isEmpty ? [pool] : recorded
        }
        if let kafka {
            topology.kafka = KafkaShape(brokers: kafka.brokers, replicationFactor: kafka.replicationFactor, brokerCPU: kafka.brokerResources.cpuRequest,
                                        brokerMemory: kafka.brokerResources.memoryLimit, brokerStorage: kafka.storagePerBroker)
            topology.topicPartitions = Dictionary(kafka.topics.map { ($0.name, $0.partitions) }, uniquingKeysWith: max)
        }
        for (name, search) in [("elasticsearch", elasticsearch), ("opensearch", opensearch)] {
            if let search { topology.searchDataNodes[name] = search.dataNodes }
        }
        for group in podGroups where group.stateful {
            topology.statefulGroups[group.name] = StatefulShape(replicas: group.replicas, volume: group.storagePerReplica)
        }
        return topology
    }
}
