/// Kafka on Strimzi (KRaft). Unset values are sized; defaults follow the Kafka docs' durable pattern.
public struct KafkaSpec: Equatable, Sendable {
    public var version: String = "4.2.0"
    /// RF 3 with min.insync.replicas 2 and acks=all tolerates one broker loss for writes
    /// (https://kafka.apache.org/documentation/#brokerconfigs_min.insync.replicas).
    public var replicationFactor: Int = 3
    public var minInsyncReplicas: Int = 2
    /// KRaft controllers: 3 tolerates one failure, 5 tolerates two (apache/kafka docs/operations/kraft.md).
    public var controllers: Int = 3
    public var zones: Int = 3
    public init() {}
}

/// Apache NiFi.
public struct NiFiSpec: Equatable, Sendable {
    public var nodes: Int?
    public init() {}
}

/// Debezium on Kafka Connect.
public struct DebeziumSpec: Equatable, Sendable {
    public var connectWorkers: Int?
    public var sources: [CDCSourceSpec]
    public init(sources: [CDCSourceSpec]) { self.sources = sources }
}

/// One captured database; credentials live in the named Kubernetes Secret.
public struct CDCSourceSpec: Equatable, Sendable {
    /// Databases Debezium has connectors for.
    public enum Database: String, Sendable, CaseIterable { case postgres, mysql, mongodb, sqlserver, oracle }
    public var name: String
    public var database: Database
    public var host: String
    public var port: Int
    public var databaseName: String
    public var tables: [String]
    public var credentialsSecret: String
    public init(
        name: String, database: Database, host: String, port: Int, databaseName: String, tables: [String],
        credentialsSecret: String
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
