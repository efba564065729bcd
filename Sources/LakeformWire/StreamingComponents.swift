extension Wire {
    /// Kafka on Strimzi in KRaft mode. Unset fields are sized from the workload.
    public struct Kafka: Codable, Equatable, Sendable {
        public var version: String?
        public var replicationFactor: Int?
        public var minInsyncReplicas: Int?
        /// KRaft controllers: 3 or 5.
        public var controllers: Int?
        public var zones: Int?

        public init(
            version: String? = nil, replicationFactor: Int? = nil, minInsyncReplicas: Int? = nil,
            controllers: Int? = nil, zones: Int? = nil
        ) {
            self.version = version
            self.replicationFactor = replicationFactor
            self.minInsyncReplicas = minInsyncReplicas
            self.controllers = controllers
            self.zones = zones
        }
    }

    /// Apache NiFi.
    public struct NiFi: Codable, Equatable, Sendable {
        public var nodes: Int?
        public init(nodes: Int? = nil) { self.nodes = nodes }
    }

    /// Source databases Debezium understands.
    public enum DatabaseKind: String, Codable, Sendable, CaseIterable { case postgres, mysql, mongodb, sqlserver, oracle }

    /// Debezium change-data-capture sources, run on Kafka Connect.
    public struct Debezium: Codable, Equatable, Sendable {
        public var connectWorkers: Int?
        public var sources: [CDCSource]

        public init(connectWorkers: Int? = nil, sources: [CDCSource]) {
            self.connectWorkers = connectWorkers
            self.sources = sources
        }
    }

    /// One captured database. Credentials are never in the blueprint: `credentialsSecret`
    /// names the Kubernetes Secret that holds them.
    public struct CDCSource: Codable, Equatable, Sendable {
        public var name: String
        public var database: DatabaseKind
        public var host: String
        public var port: Int?
        public var databaseName: String
        public var tables: [String]
        public var credentialsSecret: String

        public init(
            name: String, database: DatabaseKind, host: String, port: Int? = nil, databaseName: String,
            tables: [String], credentialsSecret: String
        ) {
            self.name = name
            self.database = database
            self.host = host
            self.port = port
            self.databaseName = databaseName
            self.tables = tables
            self.credentialsSecret = credentialsSecret
        }
    }
}
