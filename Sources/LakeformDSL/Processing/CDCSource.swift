/// A database Debezium captures. Credentials never appear in a blueprint: `credentialsSecret`
/// names the Kubernetes Secret that holds them.
///
/// Wire: `lakes[].components.debezium.sources[]`
///
/// ```swift
/// CDCSource("orders-db", database: .postgres, host: "orders.db.svc", databaseName: "orders", tables: ["public.orders"], credentialsSecret: "orders-db-cdc")
/// ```
public struct CDCSource: Declaration {
    let wire: Wire.CDCSource
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - name: The source's name: its connector and its topics' prefix. Example: orders-db
    ///   - database: The database engine. Example: postgres
    ///   - host: The database host, without credentials. Example: orders.db.svc
    ///   - port: The database port; the engine's default when absent. Unit: TCP port. Example: 5432
    ///   - databaseName: The database to capture. Example: orders
    ///   - tables: Tables to capture, schema-qualified. Example: public.orders
    ///   - credentialsSecret: The Kubernetes Secret with the user and password Debezium connects with. Example: orders-db-cdc
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
