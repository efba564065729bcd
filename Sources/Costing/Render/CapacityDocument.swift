import LakeModel

/// The capacity part of the JSON cost report.
struct CapacityDocument: Encodable {
    /// MinIO capacity, fill and runway.
    struct Storage: Encodable {
        var dataBytes, rawBytes, usableBytes, fillBasisPoints, fillTargetPercent: Int
        var servers, drives, driveBytes, erasureSetSize, parity, poolsForGrowth: Int
        var runwayMonths: Int?
        var horizonMonths, storedAtHorizonBytes, otherStoresBytes, fillAtHorizonBasisPoints: Int
        var throughputDemandBytesPerSecond, throughputCapacityBytesPerSecond: Int
        var pools: [Pool]

        /// One server pool; `createdSerial` is absent for a pool this plan adds.
        struct Pool: Encodable {
            var name, media: String
            var servers, volumesPerServer, driveBytes: Int
            var createdSerial: Int?
        }
    }

    /// One component's pods and requests.
    struct Component: Encodable {
        var component: ComponentKind
        var pods, cpuMillicores, memoryBytes, volumeBytes: Int
    }

    /// One node pool's capacity, requests and headroom.
    struct Pool: Encodable {
        var name: String
        var nodes, cpuMillicores, memoryBytes, allocatableCpuMillicores, allocatableMemoryBytes: Int
        var requestedCpuMillicores, requestedMemoryBytes, cpuHeadroomBasisPoints, memoryHeadroomBasisPoints: Int
    }

    /// The lake's nodes and requests.
    struct Totals: Encodable {
        var nodes, cpuMillicores, memoryBytes: Int
    }

    /// A stateful service's disks against what they keep.
    struct Disk: Encodable {
        var component: ComponentKind
        var nodes, diskBytes, storedBytes, useBasisPoints: Int
    }

    /// Milvus index against query-node memory.
    struct Vectors: Encodable {
        var vectorBytes, indexBytes, queryNodes, memoryBytes, useBasisPoints: Int
    }

    var storage: Storage?
    var components: [Component]
    var nodePools: [Pool]
    var totals: Totals
    var kafka: Disk?
    var search: [Disk]
    var vectors: Vectors?

    init(_ report: CapacityReport) {
        storage = report.storage.map {
            Storage(dataBytes: $0.data.value, rawBytes: $0.raw.value, usableBytes: $0.usable.value, fillBasisPoints: $0.fillBasisPoints,
                    fillTargetPercent: $0.fillTargetPercent, servers: $0.servers, drives: $0.drives, driveBytes: $0.driveSize.value,
                    erasureSetSize: $0.erasureSetSize, parity: $0.parity, poolsForGrowth: $0.poolsForGrowth, runwayMonths: $0.runwayMonths,
                    horizonMonths: $0.horizonMonths, storedAtHorizonBytes: $0.storedAtHorizon.value, otherStoresBytes: $0.otherStores.value,
                    fillAtHorizonBasisPoints: $0.fillAtHorizonBasisPoints, throughputDemandBytesPerSecond: $0.throughputDemand.value,
                    throughputCapacityBytesPerSecond: $0.throughputCapacity.value,
                    pools: $0.pools.map {
                        Storage.Pool(name: $0.name, media: $0.media, servers: $0.servers, volumesPerServer: $0.volumesPerServer,
                                     driveBytes: $0.driveSize.value, createdSerial: $0.createdSerial)
                    })
        }
        components = report.components.map {
            Component(component: $0.component, pods: $0.pods, cpuMillicores: $0.cpu.value, memoryBytes: $0.memory.value, volumeBytes: $0.volumes.value)
        }
        nodePools = report.nodePools.map {
            Pool(name: $0.name, nodes: $0.nodes, cpuMillicores: $0.cpu.value, memoryBytes: $0.memory.value,
                 allocatableCpuMillicores: $0.allocatableCPU.value, allocatableMemoryBytes: $0.allocatableMemory.value,
                 requestedCpuMillicores: $0.requestedCPU.value, requestedMemoryBytes: $0.requestedMemory.value,
                 cpuHeadroomBasisPoints: $0.cpuHeadroomBasisPoints, memoryHeadroomBasisPoints: $0.memoryHeadroomBasisPoints)
        }
        totals = Totals(nodes: report.totalNodes, cpuMillicores: report.totalCPU.value, memoryBytes: report.totalMemory.value)
        let disk = { (d: DiskCapacity) in
            Disk(component: d.component, nodes: d.nodes, diskBytes: d.disk.value, storedBytes: d.stored.value, useBasisPoints: d.useBasisPoints)
        }
        kafka = report.kafka.map(disk)
        search = report.search.map(disk)
        vectors = report.vectors.map {
            Vectors(vectorBytes: $0.vectors.value, indexBytes: $0.index.value, queryNodes: $0.queryNodes, memoryBytes: $0.memory.value,
                    useBasisPoints: $0.useBasisPoints)
        }
    }
}
