/// What the last applied revision deployed for one lake: the shapes its operators only ever grow. Sizing takes it as
/// an input (brownfield); a lake without one is sized from nothing (greenfield). Recorded in state with each revision.
public struct RecordedTopology: Codable, Equatable, Sendable {
    /// The format of this record, for state written by other Lakeform versions.
    public static let formatVersion = 1
    public var formatVersion: Int = RecordedTopology.formatVersion
    /// MinIO server pools, oldest first. A pool's shape is fixed when it is created.
    public var minioPools: [MinIOPoolShape] = []
    /// The Kafka broker pool, if the lake had Kafka.
    public var kafka: KafkaShape?
    /// Partitions per Kafka topic name: partitions only ever increase.
    public var topicPartitions: [String: Int] = [:]
    /// Data nodes per search cluster (`elasticsearch`, `opensearch`).
    public var searchDataNodes: [String: Int] = [:]
    /// Primary shards of each search cluster's daily index template (`elasticsearch`, `opensearch`); absent in older records.
    public var searchPrimaryShards: [String: Int]?
    /// Every stateful pod group by name (`kafka-broker`, `druid-historical`, ...): replicas and volume per replica.
    public var statefulGroups: [String: StatefulShape] = [:]

    public init() {}
}

/// One MinIO server pool as created: MinIO fixes its erasure sets then, so it is never resized.
public struct MinIOPoolShape: Codable, Equatable, Sendable {
    /// `pool-0`, `pool-1`, ...
    public var name: String
    public var servers: Int
    public var volumesPerServer: Int
    public var driveSize: Bytes
    /// The drive medium (`nvme`, `ssd`, `hdd`), which decides the storage class.
    public var media: String
    /// The state serial of the apply that created the pool; nil for a pool this plan adds.
    public var createdSerial: Int?

    public init(name: String, servers: Int, volumesPerServer: Int, driveSize: Bytes, media: String, createdSerial: Int? = nil) {
        self.name = name
        self.servers = servers
        self.volumesPerServer = volumesPerServer
        self.driveSize = driveSize
        self.media = media
        self.createdSerial = createdSerial
    }

    /// Raw bytes of the pool.
    public var raw: Int { IntegerMath.product(servers, volumesPerServer, driveSize.value) }
}

/// The Kafka broker pool as deployed: brokers are added, never removed or shrunk silently.
public struct KafkaShape: Codable, Equatable, Sendable {
    public var brokers: Int
    public var replicationFactor: Int
    public var brokerCPU: Millicores
    public var brokerMemory: Bytes
    public var brokerStorage: Bytes
    /// Whether the cluster ran Cruise Control with auto-rebalance; absent in older records (it did not).
    public var cruiseControl: Bool?

    public init(brokers: Int, replicationFactor: Int, brokerCPU: Millicores, brokerMemory: Bytes, brokerStorage: Bytes,
                cruiseControl: Bool? = nil) {
        self.brokers = brokers
        self.replicationFactor = replicationFactor
        self.brokerCPU = brokerCPU
        self.brokerMemory = brokerMemory
        self.brokerStorage = brokerStorage
        self.cruiseControl = cruiseControl
    }
}

/// A stateful pod group as deployed: its replicas and the volume each one holds.
public struct StatefulShape: Codable, Equatable, Sendable {
    public var replicas: Int
    public var volume: Bytes?

    public init(replicas: Int, volume: Bytes?) {
        self.replicas = replicas
        self.volume = volume
    }
}
