/// MinIO layout: erasure sets exactly as MinIO's code picks them, capacity and quorum.
/// `nodes` … `resources` describe the newest pool (the one this resolve sizes); capacities sum over `pools`.
public struct ResolvedMinIO: Equatable, Sendable {
    public var nodes: Int
    public var drivesPerNode: Int
    public var driveSize: Bytes
    public var setSize: Int
    public var sets: Int
    /// Parity drives per set (EC:M).
    public var parity: Int
    public var rawCapacity: Bytes
    public var usableCapacity: Bytes
    public var readQuorum: Int
    public var writeQuorum: Int
    public var fillTargetPercent: Int
    /// Months ahead the pool is sized for.
    public var horizonMonths: Int
    /// What MinIO holds at the horizon: the lake's grown data plus the other stores' bytes.
    public var storedAtHorizon: Bytes
    /// Bytes other stores keep on MinIO: Druid deep storage, Flink checkpoints, Kafka tiered segments.
    public var otherStores: Bytes
    /// Peak client traffic (ingest, batch read and write, query scans) at the horizon.
    public var throughputDemand: BytesPerSecond
    /// Client throughput one server sustains: min(drives × drive bandwidth, half the NIC).
    public var throughputPerServer: BytesPerSecond
    /// Server pools to add for a year's growth beyond today's data.
    public var poolsForGrowth: Int
    /// Months until stored data reaches the fill target at the yearly growth rate (nil: no growth).
    public var runwayMonths: Int?
    public var resources: Resources
    /// One pod group per pool, in the order of `pools`.
    public var pods: [PodGroup]
    /// The tenant's server pools, oldest first: recorded pools as created, then any pool this plan adds.
    public var pools: [MinIOPoolShape]

    /// Servers over all pools.
    public var servers: Int { IntegerMath.sum(pools.map(\.servers)) }
    /// Drives over all pools.
    public var drives: Int { IntegerMath.sum(pools.map { IntegerMath.product($0.servers, $0.volumesPerServer) }) }

    public init(
        nodes: Int, drivesPerNode: Int, driveSize: Bytes, setSize: Int, sets: Int, parity: Int, rawCapacity: Bytes,
        usableCapacity: Bytes, readQuorum: Int, writeQuorum: Int, fillTargetPercent: Int, horizonMonths: Int,
        storedAtHorizon: Bytes, otherStores: Bytes, throughputDemand: BytesPerSecond, throughputPerServer: BytesPerSecond,
        poolsForGrowth: Int, runwayMonths: Int?, resources: Resources, pods: [PodGroup], pools: [MinIOPoolShape]
    ) {
        self.nodes = nodes
        self.drivesPerNode = drivesPerNode
        self.driveSize = driveSize
        self.setSize = setSize
        self.sets = sets
        self.parity = parity
        self.rawCapacity = rawCapacity
        self.usableCapacity = usableCapacity
        self.readQuorum = readQuorum
        self.writeQuorum = writeQuorum
        self.fillTargetPercent = fillTargetPercent
        self.horizonMonths = horizonMonths
        self.storedAtHorizon = storedAtHorizon
        self.otherStores = otherStores
        self.throughputDemand = throughputDemand
        self.throughputPerServer = throughputPerServer
        self.poolsForGrowth = poolsForGrowth
        self.runwayMonths = runwayMonths
        self.resources = resources
        self.pods = pods
        self.pools = pools
    }
}

/// PostgreSQL sizing and its memory settings.
public struct ResolvedPostgres: Equatable, Sendable {
    public var instances: Int
    public var memory: Bytes
    public var sharedBuffers: Bytes
    public var effectiveCacheSize: Bytes
    public var workMem: Bytes
    public var maintenanceWorkMem: Bytes
    public var maxConnections: Int
    public var volume: Bytes
    public var resources: Resources
    /// The PgBouncer pooler the APIs connect through, when the lake deploys an API.
    public var pooler: ResolvedPostgresPooler?
    public var pods: [PodGroup]

    public init(
        instances: Int, memory: Bytes, sharedBuffers: Bytes, effectiveCacheSize: Bytes, workMem: Bytes,
        maintenanceWorkMem: Bytes, maxConnections: Int, volume: Bytes, resources: Resources,
        pooler: ResolvedPostgresPooler? = nil, pods: [PodGroup]
    ) {
        self.instances = instances
        self.memory = memory
        self.sharedBuffers = sharedBuffers
        self.effectiveCacheSize = effectiveCacheSize
        self.workMem = workMem
        self.maintenanceWorkMem = maintenanceWorkMem
        self.maxConnections = maxConnections
        self.volume = volume
        self.resources = resources
        self.pooler = pooler
        self.pods = pods
    }
}
