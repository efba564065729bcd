/// Trino; workers come from scan volume and concurrency unless pinned.
public struct TrinoSpec: Equatable, Sendable {
    public var querySLA: Seconds = Seconds(60)
    public var workerMemory: Bytes?
    public init() {}
}

/// Apache Druid ingesting one stream.
public struct DruidSpec: Equatable, Sendable {
    public var source: String?
    public var hotRetention: Seconds = Seconds.days(30)
    public var replicants: Int = 2
    public init() {}
}

/// Elasticsearch or OpenSearch.
public struct SearchSpec: Equatable, Sendable {
    public var retention: Seconds = Seconds.days(30)
    public var replicas: Int = 1
    public var nodes: Int?
    public var dashboards: Bool = true
    public init() {}
}

/// Milvus in cluster mode.
public struct MilvusSpec: Equatable, Sendable {
    /// Index families with different memory formulas.
    public enum Index: String, Sendable, CaseIterable { case hnsw, ivf }
    public var index: Index = .hnsw
    public var hnswM: Int = 16
    public var ivfNlist: Int = 1_024
    public var replicas: Int = 1
    public init() {}
}

/// The FastAPI query service.
public struct FastAPISpec: Equatable, Sendable {
    public var image: String
    public var requestsPerSecond: Int?
    public var requestsPerReplica: Int?
    public init(image: String) { self.image = image }
}

/// Hasura GraphQL engine.
public struct HasuraSpec: Equatable, Sendable {
    public var replicas: Int?
    public var secret: String = "hasura-secrets"
    public init() {}
}

/// Redis cache.
public struct RedisSpec: Equatable, Sendable {
    /// Bitnami chart topologies.
    public enum Architecture: String, Sendable, CaseIterable { case standalone, replication }
    public var architecture: Architecture = .replication
    public var maxMemory: Bytes?
    public var persistence: Bool = false
    public var replicas: Int = 2
    public init() {}
}

/// Prometheus with Grafana.
public struct MonitoringSpec: Equatable, Sendable {
    public var retention: Seconds = Seconds.days(15)
    public var activeSeries: Int?
    public var scrapeInterval: Seconds = Seconds(30)
    public var grafana: Bool = true
    public init() {}
}

/// Apache Atlas.
public struct AtlasSpec: Equatable, Sendable {
    public var replicas: Int?
    public var image: String?
    public init() {}
}
