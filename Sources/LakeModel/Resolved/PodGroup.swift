/// Kubernetes requests and limits of one container (or pod).
public struct Resources: Codable, Equatable, Sendable {
    public var cpuRequest: Millicores
    /// Nil leaves the CPU limit unset, the common practice for data services.
    public var cpuLimit: Millicores?
    public var memoryRequest: Bytes
    public var memoryLimit: Bytes

    /// Guaranteed-QoS memory (request = limit) with an unset CPU limit.
    public init(cpu: Millicores, memory: Bytes, cpuLimit: Millicores? = nil) {
        self.cpuRequest = cpu
        self.cpuLimit = cpuLimit
        self.memoryRequest = memory
        self.memoryLimit = memory
    }
}

/// A set of identical pods of one component role, such as Kafka brokers.
public struct PodGroup: Codable, Equatable, Sendable {
    /// `kafka-broker`, `trino-worker`, ...
    public var name: String
    public var component: ComponentKind
    public var replicas: Int
    public var resources: Resources
    /// Persistent volume per replica, if the pods keep data.
    public var storagePerReplica: Bytes?
    /// Stateful pods get request = limit and a spare slot for rolling restarts.
    public var stateful: Bool
    /// Pod groups that run only part of the time (batch executors) are packed but priced by use.
    public var ephemeral: Bool

    public init(
        name: String, component: ComponentKind, replicas: Int, resources: Resources, storagePerReplica: Bytes? = nil,
        stateful: Bool, ephemeral: Bool = false
    ) {
        self.name = name
        self.component = component
        self.replicas = replicas
        self.resources = resources
        self.storagePerReplica = storagePerReplica
        self.stateful = stateful
        self.ephemeral = ephemeral
    }
}

/// A Kubernetes node pool that the lake's pods are packed into.
public struct ResolvedNodePool: Codable, Equatable, Sendable {
    public var name: String
    public var nodes: Int
    public var cpuPerNode: Millicores
    public var memoryPerNode: Bytes
    public var allocatableCPU: Millicores
    public var allocatableMemory: Bytes
    public var requestedCPU: Millicores
    public var requestedMemory: Bytes
    /// Pod groups placed in this pool.
    public var podGroups: [String]

    public init(
        name: String, nodes: Int, cpuPerNode: Millicores, memoryPerNode: Bytes, allocatableCPU: Millicores,
        allocatableMemory: Bytes, requestedCPU: Millicores, requestedMemory: Bytes, podGroups: [String]
    ) {
        self.name = name
        self.nodes = nodes
        self.cpuPerNode = cpuPerNode
        self.memoryPerNode = memoryPerNode
        self.allocatableCPU = allocatableCPU
        self.allocatableMemory = allocatableMemory
        self.requestedCPU = requestedCPU
        self.requestedMemory = requestedMemory
        self.podGroups = podGroups
    }
}

/// A component sized only by its replica count and per-replica resources (NiFi, FastAPI, Hasura, Atlas).
public struct ResolvedReplicated: Equatable, Sendable {
    public var replicas: Int
    public var resources: Resources
    /// The JVM heap, for JVM services (NiFi, Atlas).
    public var heap: Bytes?
    public var pods: [PodGroup]
    public init(replicas: Int, resources: Resources, heap: Bytes? = nil, pods: [PodGroup]) {
        self.replicas = replicas
        self.resources = resources
        self.heap = heap
        self.pods = pods
    }
}
