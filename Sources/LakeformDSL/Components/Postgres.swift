/// PostgreSQL (Zalando operator) for catalog and service metadata, optionally with pgvector.
///
/// Wire: `lakes[].components.postgres`
///
/// ```swift
/// Postgres(instances: 2, pgvector: true, databases: ["catalog", "api"])
/// ```
public struct Postgres: Declaration {
    let wire: Wire.Postgres
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - instances: Instances of the Patroni cluster (one primary, the rest replicas). Unit: instances. Default: 2. Example: 2
    ///   - pgvector: Whether the pgvector extension is enabled. Default: false. Example: true
    ///   - databases: Databases to create. Example: catalog
    ///   - memory: Memory of each instance, when you fix it. Unit: bytes (binary: GiB). Example: 16GiB
    ///   - volume: Volume of each instance, when you fix it. Unit: bytes. Example: 500GB
    ///   - maxConnections: PostgreSQL max_connections, when you fix it. Unit: connections. Example: 500
    ///   - version: The PostgreSQL major version. Default: 17. Example: 17
    public init(
        instances: Int? = nil, pgvector: Bool? = nil, databases: [String] = [], memory: ByteCount? = nil,
        volume: ByteCount? = nil, maxConnections: Int? = nil, version: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Postgres(
            instances: instances, pgvector: pgvector, databases: databases.isEmpty ? nil : databases, memory: memory,
            volume: volume, maxConnections: maxConnections, version: version)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.postgres, "postgres", as: wire, named: "Postgres", at: source)
    }
}
