/// Zalando's PgBouncer connection pooler in front of the lake's PostgreSQL.
public struct ResolvedPostgresPooler: Equatable, Sendable {
    public var instances: Int
    /// Server connections the poolers hold against PostgreSQL, split among the instances.
    public var maxDBConnections: Int
    public var resources: Resources

    public init(instances: Int, maxDBConnections: Int, resources: Resources) {
        self.instances = instances
        self.maxDBConnections = maxDBConnections
        self.resources = resources
    }
}

/// Where Milvus keeps its write-ahead log: the lake's own Strimzi Kafka, or the chart's bundled Pulsar.
public enum MilvusMessageQueue: String, Equatable, Sendable {
    case lakeKafka
    case pulsar
}

/// Dedicated master nodes of an Elasticsearch or OpenSearch cluster.
public struct ResolvedSearchMasters: Equatable, Sendable {
    public var count: Int
    public var resources: Resources
    public var heap: Bytes
    public var volume: Bytes

    public init(count: Int, resources: Resources, heap: Bytes, volume: Bytes) {
        self.count = count
        self.resources = resources
        self.heap = heap
        self.volume = volume
    }
}
