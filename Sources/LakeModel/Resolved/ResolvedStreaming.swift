/// Kafka on Strimzi (KRaft): brokers, controllers, memory, storage and topics.
public struct ResolvedKafka: Equatable, Sendable {
    /// Log bytes kept on MinIO through tiered storage (KIP-405) at the horizon; 0 when every segment stays on broker disks.
    public var tieredBytes: Bytes = 0
    /// Each of the Topic and User Operator containers in Strimzi's entity operator pod; nil leaves Strimzi's (absent) defaults.
    public var entityOperator: Resources?
    /// Cruise Control with auto-rebalance, once the cluster has grown; nil for a cluster that never gained brokers.
    public var cruiseControl: ResolvedCruiseControl?
    public var brokers: Int
    public var controllers: Int
    public var replicationFactor: Int
    public var minInsyncReplicas: Int
    public var brokerResources: Resources
    public var brokerHeap: Bytes
    public var storagePerBroker: Bytes
    public var controllerResources: Resources
    public var controllerStorage: Bytes
    public var topics: [ResolvedTopic]
    public var pods: [PodGroup]

    public init(
        brokers: Int, controllers: Int, replicationFactor: Int, minInsyncReplicas: Int, brokerResources: Resources,
        brokerHeap: Bytes, storagePerBroker: Bytes, controllerResources: Resources, controllerStorage: Bytes,
        topics: [ResolvedTopic], pods: [PodGroup]
    ) {
        self.brokers = brokers
        self.controllers = controllers
        self.replicationFactor = replicationFactor
        self.minInsyncReplicas = minInsyncReplicas
        self.brokerResources = brokerResources
        self.brokerHeap = brokerHeap
        self.storagePerBroker = storagePerBroker
        self.controllerResources = controllerResources
        self.controllerStorage = controllerStorage
        self.topics = topics
        self.pods = pods
    }

    /// Partition replicas across all topics.
    public var partitionReplicas: Int { IntegerMath.sum(topics.map { IntegerMath.product($0.partitions, replicationFactor) }) }
    /// Whether any topic keeps segments on MinIO (KIP-405 tiered storage).
    public var tiered: Bool { topics.contains(where: \.tiered) }
}

/// A Kafka topic with its partitions and retention.
public struct ResolvedTopic: Equatable, Sendable {
    public var name: String
    public var partitions: Int
    public var retention: Seconds
    /// Retention kept on broker disks (`local.retention.ms`); below `retention` when older segments live only on MinIO.
    public var localRetention: Seconds
    /// Average ingress today; sizing uses its value at the planning horizon.
    public var ingress: BytesPerSecond
    /// Consumers rely on per-key ordering; the topic is annotated so the planner flags repartitioning as risky.
    public var keyed = false
    public init(name: String, partitions: Int, retention: Seconds, localRetention: Seconds? = nil, ingress: BytesPerSecond) {
        self.name = name
        self.partitions = partitions
        self.retention = retention
        self.localRetention = localRetention ?? retention
        self.ingress = ingress
    }

    /// Whether the topic keeps segments on MinIO through tiered storage (`remote.storage.enable`).
    public var tiered: Bool { localRetention < retention }
}

/// Kafka Connect workers running the Debezium connectors.
public struct ResolvedConnect: Equatable, Sendable {
    public var workers: Int
    public var resources: Resources
    public var heap: Bytes
    public var tasksPerConnector: Int
    public var pods: [PodGroup]
    public init(workers: Int, resources: Resources, heap: Bytes, tasksPerConnector: Int, pods: [PodGroup]) {
        self.workers = workers
        self.resources = resources
        self.heap = heap
        self.tasksPerConnector = tasksPerConnector
        self.pods = pods
    }
}

/// Cruise Control beside a grown Kafka cluster: its container and the per-broker network capacity its goals balance against.
public struct ResolvedCruiseControl: Equatable, Sendable {
    public var resources: Resources
    /// Inbound and outbound network capacity of each broker, for Cruise Control's network goals.
    public var networkCapacityPerBroker: BytesPerSecond

    public init(resources: Resources, networkCapacityPerBroker: BytesPerSecond) {
        self.resources = resources
        self.networkCapacityPerBroker = networkCapacityPerBroker
    }
}
