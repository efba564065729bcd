/// Trino workers, coordinator and memory properties.
public struct ResolvedTrino: Equatable, Sendable {
    public var workers: Int
    public var worker: Resources
    public var workerHeap: Bytes
    public var coordinator: Resources
    public var coordinatorHeap: Bytes
    /// `query.max-memory-per-node`.
    public var maxMemoryPerNode: Bytes
    /// `memory.heap-headroom-per-node`.
    public var heapHeadroomPerNode: Bytes
    /// `query.max-memory`.
    public var maxMemory: Bytes
    public var pods: [PodGroup]

    public init(
        workers: Int, worker: Resources, workerHeap: Bytes, coordinator: Resources, coordinatorHeap: Bytes,
        maxMemoryPerNode: Bytes, heapHeadroomPerNode: Bytes, maxMemory: Bytes, pods: [PodGroup]
    ) {
        self.workers = workers
        self.worker = worker
        self.workerHeap = workerHeap
        self.coordinator = coordinator
        self.coordinatorHeap = coordinatorHeap
        self.maxMemoryPerNode = maxMemoryPerNode
        self.heapHeadroomPerNode = heapHeadroomPerNode
        self.maxMemory = maxMemory
        self.pods = pods
    }
}

/// Druid process sizes.
public struct ResolvedDruid: Equatable, Sendable {
    /// Segment bytes in deep storage on MinIO at the horizon (every segment, not only the hot ones).
    public var deepStorageBytes: Bytes = 0
    public var historicals: Int
    public var historical: Resources
    public var historicalHeap: Bytes
    public var historicalDirect: Bytes
    public var processingThreads: Int
    public var mergeBuffers: Int
    public var bufferSize: Bytes
    public var segmentCachePerHistorical: Bytes
    /// The Historical's volume, larger than its segment cache.
    public var historicalVolume: Bytes = 0
    public var middleManagers: Int
    public var middleManager: Resources
    /// Each peon's heap and direct memory; the MiddleManager's container adds JVM headroom to them.
    public var peonHeap: Bytes = 0
    public var peonDirect: Bytes = 0
    /// The MiddleManager's volume for its tasks' intermediate and merged segments.
    public var middleManagerDisk: Bytes = 0
    public var workerCapacity: Int
    public var taskCount: Int
    public var brokers: Int
    public var broker: Resources
    public var brokerHeap: Bytes
    public var coordinator: Resources
    /// The Coordinator-Overlord's capped direct memory (its heap is the Broker's).
    public var coordinatorDirect: Bytes = 0
    public var routers: Int = 0
    public var router = Resources(cpu: Millicores(0), memory: 0)
    public var routerHeap: Bytes = 0
    public var routerDirect: Bytes = 0
    public var zookeeperReplicas: Int = 0
    public var zookeeper = Resources(cpu: Millicores(0), memory: 0)
    public var zookeeperHeap: Bytes = 0
    public var zookeeperStorage: Bytes = 0
    /// The chart's bundled PostgreSQL, when the lake has none of its own.
    public var metadataStore: Resources?
    public var pods: [PodGroup]

    public init(
        historicals: Int, historical: Resources, historicalHeap: Bytes, historicalDirect: Bytes, processingThreads: Int,
        mergeBuffers: Int, bufferSize: Bytes, segmentCachePerHistorical: Bytes, middleManagers: Int, middleManager: Resources,
        workerCapacity: Int, taskCount: Int, brokers: Int, broker: Resources, brokerHeap: Bytes, coordinator: Resources,
        pods: [PodGroup]
    ) {
        self.historicals = historicals
        self.historical = historical
        self.historicalHeap = historicalHeap
        self.historicalDirect = historicalDirect
        self.processingThreads = processingThreads
        self.mergeBuffers = mergeBuffers
        self.bufferSize = bufferSize
        self.segmentCachePerHistorical = segmentCachePerHistorical
        self.middleManagers = middleManagers
        self.middleManager = middleManager
        self.workerCapacity = workerCapacity
        self.taskCount = taskCount
        self.brokers = brokers
        self.broker = broker
        self.brokerHeap = brokerHeap
        self.coordinator = coordinator
        self.pods = pods
    }
}

/// Elasticsearch or OpenSearch data nodes, heap, shards and disk, and dedicated masters when the cluster has them.
public struct ResolvedSearch: Equatable, Sendable {
    public var dataNodes: Int
    public var node: Resources
    public var heap: Bytes
    public var primaryShards: Int
    /// Primaries of each daily index (its index template's shard count).
    public var primaryShardsPerIndex: Int
    public var replicas: Int
    public var diskPerNode: Bytes
    public var indexBytes: Bytes
    /// Dedicated master nodes; nil when the data nodes are master-eligible themselves.
    public var masters: ResolvedSearchMasters?
    public var pods: [PodGroup]

    public init(
        dataNodes: Int, node: Resources, heap: Bytes, primaryShards: Int, primaryShardsPerIndex: Int, replicas: Int, diskPerNode: Bytes,
        indexBytes: Bytes, masters: ResolvedSearchMasters? = nil, pods: [PodGroup]
    ) {
        self.dataNodes = dataNodes
        self.node = node
        self.heap = heap
        self.primaryShards = primaryShards
        self.primaryShardsPerIndex = primaryShardsPerIndex
        self.replicas = replicas
        self.diskPerNode = diskPerNode
        self.indexBytes = indexBytes
        self.masters = masters
        self.pods = pods
    }

    /// Shard copies across the cluster: primaries × (1 + replicas).
    public var totalShards: Int { IntegerMath.product(primaryShards, 1 + replicas) }
}

/// Milvus query nodes sized from vector and index memory, and its message queue.
public struct ResolvedMilvus: Equatable, Sendable {
    public var vectorBytes: Bytes
    public var indexBytes: Bytes
    /// Binlogs and index files in the lake's object storage, stored once whatever the replicas.
    public var objectStorageBytes: Bytes
    public var queryNodes: Int
    public var queryNode: Resources
    public var messageQueue: MilvusMessageQueue
    /// The lake Kafka topics Milvus's DML channels write to; empty with Pulsar.
    public var logTopics: [ResolvedTopic]
    public var pods: [PodGroup]

    public init(
        vectorBytes: Bytes, indexBytes: Bytes, objectStorageBytes: Bytes = Bytes(0), queryNodes: Int, queryNode: Resources,
        messageQueue: MilvusMessageQueue = .pulsar, logTopics: [ResolvedTopic] = [], pods: [PodGroup]
    ) {
        self.vectorBytes = vectorBytes
        self.indexBytes = indexBytes
        self.objectStorageBytes = objectStorageBytes
        self.queryNodes = queryNodes
        self.queryNode = queryNode
        self.messageQueue = messageQueue
        self.logTopics = logTopics
        self.pods = pods
    }
}

/// Redis maxmemory against its container.
public struct ResolvedRedis: Equatable, Sendable {
    public var maxMemory: Bytes
    public var replicas: Int
    public var resources: Resources
    public var pods: [PodGroup]
    public init(maxMemory: Bytes, replicas: Int, resources: Resources, pods: [PodGroup]) {
        self.maxMemory = maxMemory
        self.replicas = replicas
        self.resources = resources
        self.pods = pods
    }
}

/// Prometheus storage and memory for the retention.
public struct ResolvedMonitoring: Equatable, Sendable {
    /// Prometheus shards (the operator's `shards`): each scrapes a hash share of the targets.
    public var shards: Int = 1
    public var activeSeries: Int
    public var storage: Bytes
    /// `--storage.tsdb.retention.size`, below the volume.
    public var retentionSize: Bytes
    public var prometheus: Resources
    public var pods: [PodGroup]
    public init(activeSeries: Int, storage: Bytes, retentionSize: Bytes, prometheus: Resources, pods: [PodGroup]) {
        self.activeSeries = activeSeries
        self.storage = storage
        self.retentionSize = retentionSize
        self.prometheus = prometheus
        self.pods = pods
    }
}
