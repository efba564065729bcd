/// A database Debezium captures. Credentials never appear in a blueprint: `credentialsSecret`
/// names the Kubernetes Secret that holds them.
public struct CDCSource: Declaration {
    let wire: Wire.CDCSource
    let source: Wire.SourceLocation

    public init(
        _ name: String, database: Wire.DatabaseKind, host: String, port: Int? = nil, databaseName: String,
        tables: [String], credentialsSecret: String,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.CDCSource(
            name: name, database: database, host: host, port: port, databaseName: databaseName, tables: tables,
            credentialsSecret: credentialsSecret)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout ListBlock<Wire.CDCSource>) {
        block.append(wire, at: source)
    }
}
