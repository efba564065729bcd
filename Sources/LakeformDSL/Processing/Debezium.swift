/// Debezium change-data capture on Kafka Connect, with the databases it captures (the block).
///
/// Wire: `lakes[].components.debezium`
///
/// ```swift
/// Debezium {
///     CDCSource("orders-db", database: .postgres, host: "orders.db.svc", databaseName: "orders", tables: ["public.orders"], credentialsSecret: "orders-db-cdc")
/// }
/// ```
public struct Debezium: Declaration {
    let wire: Wire.Debezium
    let source: Wire.SourceLocation
    let sourceMap: SourceMap

    /// - Parameters:
    ///   - connectWorkers: Kafka Connect workers, when you fix them. Unit: workers. Example: 3
    public init(
        connectWorkers: Int? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @DeclarationBuilder<ListBlock<Wire.CDCSource>> _ sources: () -> [any Declaration<ListBlock<Wire.CDCSource>>]
    ) {
        source = Wire.SourceLocation(file: file, line: line, column: column)
        let block = collect(sources(), into: ListBlock<Wire.CDCSource>())
        wire = Wire.Debezium(connectWorkers: connectWorkers, sources: block.items)
        sourceMap = block.sourceMap(under: "sources")
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.debezium, "debezium", as: wire, named: "Debezium", at: source, sourceMap: sourceMap)
    }
}
