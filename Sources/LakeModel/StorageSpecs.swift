/// Drive media for MinIO and other stateful services.
public enum DriveMedia: String, Sendable, Codable, CaseIterable { case nvme, ssd, hdd }

/// MinIO object storage; unset values are sized.
public struct MinIOSpec: Equatable, Sendable {
    public var nodes: Int?
    public var drivesPerNode: Int?
    public var driveSize: Bytes?
    public var media: DriveMedia = .nvme
    public var parity: Int?
    public var fillTargetPercent: Int?
    public var bucket: String = "datalake"
    public init() {}
}

/// An Iceberg catalog and its tables.
public struct IcebergSpec: Equatable, Sendable {
    /// Catalog implementations Spark, Flink and Trino share.
    public enum CatalogType: String, Sendable, CaseIterable { case hadoop, rest, jdbc, hive }
    public var catalog: String
    public var type: CatalogType
    public var warehouse: String
    public var tables: [TableSpec] = []
    public init(catalog: String, type: CatalogType, warehouse: String) {
        self.catalog = catalog
        self.type = type
        self.warehouse = warehouse
    }
}

/// An Iceberg table with validated partition transforms.
public struct TableSpec: Equatable, Sendable {
    public var namespace: String
    public var name: String
    public var columns: [ColumnSpec]
    public var partitionBy: [PartitionTransform] = []
    public var properties: [String: String] = [:]
    public init(namespace: String, name: String, columns: [ColumnSpec]) {
        self.namespace = namespace
        self.name = name
        self.columns = columns
    }
}

/// An Iceberg column; `type` is Iceberg's spelling.
public struct ColumnSpec: Equatable, Sendable {
    public var name: String
    public var type: String
    public var required: Bool
    public init(name: String, type: String, required: Bool = false) {
        self.name = name
        self.type = type
        self.required = required
    }
}

/// PostgreSQL on the Zalando operator.
public struct PostgresSpec: Equatable, Sendable {
    public var instances: Int?
    public var pgvector: Bool = false
    public var databases: [String] = []
    public var memory: Bytes?
    public var volume: Bytes?
    public var maxConnections: Int?
    public var version: String = "17"
    public init() {}
}
