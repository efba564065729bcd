import LakeModel

/// What a resolved lake holds and how full it is: storage, CPU and memory per component and node
/// pool, headroom, Kafka and search disk, vector memory. Shares are in basis points (1/100 %).
public struct CapacityReport: Equatable, Sendable {
    public var storage: StorageCapacity?
    public var components: [ComponentCapacity]
    public var nodePools: [PoolCapacity]
    public var kafka: DiskCapacity?
    public var search: [DiskCapacity]
    public var vectors: VectorCapacity?

    /// Requests summed over every component.
    public var totalCPU: Millicores { Millicores(IntegerMath.sum(components.map(\.cpu.value))) }
    public var totalMemory: Bytes { Bytes(IntegerMath.sum(components.map(\.memory.value))) }
    public var totalNodes: Int { IntegerMath.sum(nodePools.map(\.nodes)) }
}

/// MinIO: raw against usable capacity, fill, drives, what it holds at the planning horizon, growth
/// runway and peak traffic.
public struct StorageCapacity: Equatable, Sendable {
    public var data: Bytes
    public var raw: Bytes
    public var usable: Bytes
    /// Data over usable capacity.
    public var fillBasisPoints: Int
    public var fillTargetPercent: Int
    public var servers: Int
    public var drives: Int
    public var driveSize: Bytes
    public var erasureSetSize: Int
    public var parity: Int
    public var runwayMonths: Int?
    public var poolsForGrowth: Int
    public var horizonMonths: Int
    /// The lake's data at the horizon plus the other stores' bytes.
    public var storedAtHorizon: Bytes
    /// Druid deep storage, Flink checkpoints and Kafka tiered segments.
    public var otherStores: Bytes
    /// Stored at the horizon over usable capacity.
    public var fillAtHorizonBasisPoints: Int
    /// Peak client traffic against what every server together sustains.
    public var throughputDemand: BytesPerSecond
    public var throughputCapacity: BytesPerSecond
    /// The tenant's server pools, oldest first.
    public var pools: [StoragePool]

    /// Runway reaches the horizon (no growth means the data never fills the pool).
    public var runwayCoversHorizon: Bool { runwayMonths.map { $0 >= horizonMonths } ?? true }
}

/// One MinIO server pool and the revision that created it.
public struct StoragePool: Equatable, Sendable {
    public var name: String
    public var servers: Int
    public var volumesPerServer: Int
    public var driveSize: Bytes
    public var media: String
    /// The state serial of the apply that created the pool; nil for a pool this plan adds.
    public var createdSerial: Int?
}

/// One component's pods and what they request (full-time, batch pods included at their size).
public struct ComponentCapacity: Equatable, Sendable {
    public var component: ComponentKind
    public var pods: Int
    public var cpu: Millicores
    public var memory: Bytes
    public var volumes: Bytes
}

/// A node pool's capacity, allocatable resources, requests and headroom.
public struct PoolCapacity: Equatable, Sendable {
    public var name: String
    public var nodes: Int
    public var cpu: Millicores
    public var memory: Bytes
    public var allocatableCPU: Millicores
    public var allocatableMemory: Bytes
    public var requestedCPU: Millicores
    public var requestedMemory: Bytes
    /// Allocatable left over, as a share of allocatable.
    public var cpuHeadroomBasisPoints: Int
    public var memoryHeadroomBasisPoints: Int
}

/// Disk of a stateful service against what it keeps: Kafka's retained log, a search index's copies.
public struct DiskCapacity: Equatable, Sendable {
    public var component: ComponentKind
    public var nodes: Int
    public var disk: Bytes
    public var stored: Bytes
    public var useBasisPoints: Int

    /// What `stored` counts, so it is not mistaken for explain's `kafka.localRetained` (the disk the horizon needs).
    public var storedWhat: String { component == .kafka ? "log retained today" : "index copies at the horizon" }
}

/// Milvus: vectors and index against query-node memory.
public struct VectorCapacity: Equatable, Sendable {
    public var vectors: Bytes
    public var index: Bytes
    public var queryNodes: Int
    public var memory: Bytes
    public var useBasisPoints: Int
}
