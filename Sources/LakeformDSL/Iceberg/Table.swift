/// An Iceberg table in the catalog: its columns (the block), partition transforms and properties.
///
/// Wire: `lakes[].components.iceberg.tables[]`
///
/// ```swift
/// Table("events", namespace: "bronze", partitionBy: [.days("ts")]) {
///     Column("id", .long, required: true)
///     Column("ts", .timestamptz)
/// }
/// ```
public struct Table: Declaration {
    let wire: Wire.Table
    let source: Wire.SourceLocation
    let sourceMap: SourceMap

    /// - Parameters:
    ///   - name: The table's name. Example: events
    ///   - namespace: The table's namespace (database). Example: bronze
    ///   - partitionBy: Partition transforms over its columns. Example: days(ts)
    ///   - properties: Iceberg table properties; credentials are refused, reference Secrets instead. Example: write.format.default=parquet
    public init(
        _ name: String, namespace: String, partitionBy: [PartitionTransform] = [], properties: [String: String] = [:],
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @DeclarationBuilder<ListBlock<Wire.Column>> _ columns: () -> [any Declaration<ListBlock<Wire.Column>>]
    ) {
        source = Wire.SourceLocation(file: file, line: line, column: column)
        let block = collect(columns(), into: ListBlock<Wire.Column>())
        wire = Wire.Table(
            namespace: namespace, name: name, columns: block.items,
            partitionBy: partitionBy.isEmpty ? nil : partitionBy.map(\.description),
            properties: properties.isEmpty ? nil : properties)
        sourceMap = block.sourceMap(under: "columns")
    }

    public func declare(in block: inout ListBlock<Wire.Table>) {
        block.append(wire, at: source, sourceMap: sourceMap)
    }
}
