import LakeModel

/// Measures a resolved lake's capacity. Pure; every figure comes from the resolved sizes.
public enum CapacityModel {
    public static func measure(_ lake: ResolvedLake) -> CapacityReport {
        CapacityReport(
            storage: lake.minio.map { storage($0, data: lake.spec.workload.dataVolume) },
            components: ComponentKind.allCases.compactMap { component($0, lake.podGroupsAtPeak + lake.daemonSetPods) },
            nodePools: lake.nodePools.map(pool),
            kafka: lake.kafka.map(kafka),
            search: [lake.elasticsearch.map { search($0, .elasticsearch) }, lake.opensearch.map { search($0, .opensearch) }].compactMap { $0 },
            vectors: lake.milvus.map { vectors($0, replicas: lake.spec.components.milvus?.replicas ?? 1) })
    }

    private static func share(_ part: Int, _ whole: Int) -> Int { ExactMath.basisPoints(part, of: whole) ?? 0 }

    private static func storage(_ minio: ResolvedMinIO, data: Bytes) -> StorageCapacity {
        StorageCapacity(
            data: data, raw: minio.rawCapacity, usable: minio.usableCapacity, fillBasisPoints: share(data.value, minio.usableCapacity.value),
            fillTargetPercent: minio.fillTargetPercent, servers: minio.servers, drives: minio.drives,
            driveSize: minio.driveSize, erasureSetSize: minio.setSize, parity: minio.parity, runwayMonths: minio.runwayMonths,
            poolsForGrowth: minio.poolsForGrowth, horizonMonths: minio.horizonMonths, storedAtHorizon: minio.storedAtHorizon,
            otherStores: minio.otherStores, fillAtHorizonBasisPoints: share(minio.storedAtHorizon.value, minio.usableCapacity.value),
            throughputDemand: minio.throughputDemand, throughputCapacity: BytesPerSecond(IntegerMath.product(minio.throughputPerServer.value, minio.servers)),
            pools: minio.pools.map {
                StoragePool(name: $0.name, servers: $0.servers, volumesPerServer: $0.volumesPerServer, driveSize: $0.driveSize, media: $0.media,
                            createdSerial: $0.createdSerial)
            })
    }

    private static func component(_ kind: ComponentKind, _ groups: [PodGroup]) -> ComponentCapacity? {
        let mine = groups.filter { $0.component == kind }
        guard !mine.isEmpty else { return nil }
        return ComponentCapacity(
            component: kind, pods: IntegerMath.sum(mine.map(\.replicas)),
            cpu: Millicores(IntegerMath.sum(mine.map { IntegerMath.product($0.resources.cpuRequest.value, $0.replicas) })),
            memory: Bytes(IntegerMath.sum(mine.map { IntegerMath.product($0.resources.memoryRequest.value, $0.replicas) })),
            volumes: Bytes(IntegerMath.sum(mine.map { IntegerMath.product($0.storagePerReplica?.value ?? 0, $0.replicas) })))
    }

    private static func pool(_ pool: ResolvedNodePool) -> PoolCapacity {
        let cpu = IntegerMath.product(pool.allocatableCPU.value, pool.nodes), memory = IntegerMath.product(pool.allocatableMemory.value, pool.nodes)
        return PoolCapacity(
            name: pool.name, nodes: pool.nodes, cpu: Millicores(IntegerMath.product(pool.cpuPerNode.value, pool.nodes)),
            memory: Bytes(IntegerMath.product(pool.memoryPerNode.value, pool.nodes)), allocatableCPU: Millicores(cpu), allocatableMemory: Bytes(memory),
            requestedCPU: pool.requestedCPU, requestedMemory: pool.requestedMemory,
            cpuHeadroomBasisPoints: share(max(0, cpu - pool.requestedCPU.value), cpu),
            memoryHeadroomBasisPoints: share(max(0, memory - pool.requestedMemory.value), memory))
    }

    /// Retained log on broker disks: each topic's ingress × local retention × replication factor.
    private static func kafka(_ kafka: ResolvedKafka) -> DiskCapacity {
        let retained = IntegerMath.sum(kafka.topics.map { IntegerMath.product($0.ingress.value, $0.localRetention.value, kafka.replicationFactor) })
        let disk = IntegerMath.product(kafka.storagePerBroker.value, kafka.brokers)
        return DiskCapacity(component: .kafka, nodes: kafka.brokers, disk: Bytes(disk), stored: Bytes(retained), useBasisPoints: share(retained, disk))
    }

    /// A search cluster's index (all copies) against its data nodes' disks.
    private static func search(_ search: ResolvedSearch, _ kind: ComponentKind) -> DiskCapacity {
        let disk = IntegerMath.product(search.diskPerNode.value, search.dataNodes)
        return DiskCapacity(component: kind, nodes: search.dataNodes, disk: Bytes(disk), stored: search.indexBytes,
                            useBasisPoints: share(search.indexBytes.value, disk))
    }

    /// The index (vectors included) in every in-memory replica against the query nodes' memory.
    private static func vectors(_ milvus: ResolvedMilvus, replicas: Int) -> VectorCapacity {
        let memory = IntegerMath.product(milvus.queryNode.memoryRequest.value, milvus.queryNodes)
        return VectorCapacity(vectors: milvus.vectorBytes, index: milvus.indexBytes, queryNodes: milvus.queryNodes, memory: Bytes(memory),
                              useBasisPoints: share(IntegerMath.product(milvus.indexBytes.value, replicas), memory))
    }
}
