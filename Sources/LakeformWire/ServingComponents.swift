extension Wire {
    /// The FastAPI query service.
    public struct FastAPI: Codable, Equatable, Sendable {
        public var image: String
        public var requestsPerSecond: Int?
        public var requestsPerReplica: Int?

        public init(image: String, requestsPerSecond: Int? = nil, requestsPerReplica: Int? = nil) {
            self.image = image
            self.requestsPerSecond = requestsPerSecond
            self.requestsPerReplica = requestsPerReplica
        }
    }

    /// Hasura GraphQL engine over PostgreSQL.
    public struct Hasura: Codable, Equatable, Sendable {
        public var replicas: Int?
        /// Secret holding the database URL and admin secret.
        public var secret: String?

        public init(replicas: Int? = nil, secret: String? = nil) {
            self.replicas = replicas
            self.secret = secret
        }
    }

    /// Redis topologies of the Bitnami chart.
    public enum RedisArchitecture: String, Codable, Sendable, CaseIterable { case standalone, replication }

    /// Redis cache and rate limiter.
    public struct Redis: Codable, Equatable, Sendable {
        public var architecture: RedisArchitecture?
        public var maxMemory: ByteCount?
        public var persistence: Bool?
        public var replicas: Int?

        public init(
            architecture: RedisArchitecture? = nil, maxMemory: ByteCount? = nil, persistence: Bool? = nil,
            replicas: Int? = nil
        ) {
            self.architecture = architecture
            self.maxMemory = maxMemory
            self.persistence = persistence
            self.replicas = replicas
        }
    }

    /// Prometheus with Grafana (kube-prometheus-stack).
    public struct Monitoring: Codable, Equatable, Sendable {
        public var retention: TimeSpan?
        public var activeSeries: Int?
        public var scrapeInterval: TimeSpan?
        public var grafana: Bool?

        public init(retention: TimeSpan? = nil, activeSeries: Int? = nil, scrapeInterval: TimeSpan? = nil, grafana: Bool? = nil) {
            self.retention = retention
            self.activeSeries = activeSeries
            self.scrapeInterval = scrapeInterval
            self.grafana = grafana
        }
    }

    /// Apache Atlas for data catalog and lineage.
    public struct Atlas: Codable, Equatable, Sendable {
        public var replicas: Int?
        public var image: String?

        public init(replicas: Int? = nil, image: String? = nil) {
            self.replicas = replicas
            self.image = image
        }
    }
}
