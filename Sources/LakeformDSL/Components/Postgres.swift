/// PostgreSQL (Zalando operator) for catalog and service metadata, optionally with pgvector.
public struct Postgres: Declaration {
    let wire: Wire.Postgres
    let source: Wire.SourceLocation

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
