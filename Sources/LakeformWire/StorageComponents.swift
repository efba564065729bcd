extension Wire {
    /// Drive media; MinIO recommends NVMe or SSD, HDD only as a cold tier.
    public enum DriveMedia: String, Codable, Sendable, CaseIterable { case nvme, ssd, hdd }

    /// MinIO object storage. Unset fields are sized from the workload.
    public struct MinIO: Codable, Equatable, Sendable {
        public var nodes: Int?
        public var drivesPerNode: Int?
        public var driveSize: ByteCount?
        public var media: DriveMedia?
        /// Parity per erasure set (EC:M); MinIO's default for the set size when unset.
        public var parity: Int?
        /// Planned fill of usable capacity, in percent.
        public var fillTargetPercent: Int?
        public var bucket: String?

        public init(
            nodes: Int? = nil, drivesPerNode: Int? = nil, driveSize: ByteCount? = nil, media: DriveMedia? = nil,
            parity: Int? = nil, fillTargetPercent: Int? = nil, bucket: String? = nil
        ) {
            self.nodes = nodes
            self.drivesPerNode = drivesPerNode
            self.driveSize = driveSize
            self.media = media
            self.parity = parity
            self.fillTargetPercent = fillTargetPercent
            self.bucket = bucket
        }
    }

    /// Iceberg catalog kinds that Spark, Flink and Trino all understand.
    public enum CatalogType: String, Codable, Sendable, CaseIterable { case hadoop, rest, jdbc, hive }

    /// An Iceberg catalog and its tables.
    public struct Iceberg: Codable, Equatable, Sendable {
        public var catalog: String
        public var type: CatalogType
        /// Warehouse location, such as `s3a://datalake/warehouse`.
        public var warehouse: String
        public var tables: [Table]?

        public init(catalog: String, type: CatalogType, warehouse: String, tables: [Table]? = nil) {
            self.catalog = catalog
            self.type = type
            self.warehouse = warehouse
            self.tables = tables
        }
    }

    /// An Iceberg table: columns, partition transforms and table properties.
    public struct Table: Codable, Equatable, Sendable {
        public var namespace: String
        public var name: String
        public var columns: [Column]
        /// Partition transforms: `identity(col)`, `days(ts)`, `bucket(16, col)`, ...
        public var partitionBy: [String]?
        public var properties: [String: String]?

        public init(
            namespace: String, name: String, columns: [Column], partitionBy: [String]? = nil,
            properties: [String: String]? = nil
        ) {
            self.namespace = namespace
            self.name = name
            self.columns = columns
            self.partitionBy = partitionBy
            self.properties = properties
        }
    }

    /// An Iceberg column with its type in Iceberg's own spelling (`string`, `timestamp`,
    /// `map<string, string>`, `decimal(10, 2)`, ...).
    public struct Column: Codable, Equatable, Sendable {
        public var name: String
        public var type: String
        public var required: Bool?

        public init(name: String, type: String, required: Bool? = nil) {
            self.name = name
            self.type = type
            self.required = required
        }
    }

    /// PostgreSQL (Zalando operator), optionally with pgvector.
    public struct Postgres: Codable, Equatable, Sendable {
        public var instances: Int?
        public var pgvector: Bool?
        public var databases: [String]?
        public var memory: ByteCount?
        public var volume: ByteCount?
        public var maxConnections: Int?
        public var version: String?

        public init(
            instances: Int? = nil, pgvector: Bool? = nil, databases: [String]? = nil, memory: ByteCount? = nil,
            volume: ByteCount? = nil, maxConnections: Int? = nil, version: String? = nil
        ) {
            self.instances = instances
            self.pgvector = pgvector
            self.databases = databases
            self.memory = memory
            self.volume = volume
            self.maxConnections = maxConnections
            self.version = version
        }
    }
}
