/// The Iceberg catalog that Spark, Flink and Trino share, with the tables it holds (the block).
/// Iceberg is a library, not a service: it costs nothing but the catalog's database.
///
/// Wire: `lakes[].components.iceberg`
///
/// ```swift
/// Iceberg(catalog: "lake", type: .rest, warehouse: "s3a://datalake/warehouse") {
///     Table("events", namespace: "bronze", partitionBy: [.days("ts")]) { Column("ts", .timestamptz) }
/// }
/// ```
public struct Iceberg: Declaration {
    let wire: Wire.Iceberg
    let source: Wire.SourceLocation
    let sourceMap: SourceMap

    /// - Parameters:
    ///   - catalog: The catalog's name in Spark, Flink and Trino. Example: lake
    ///   - type: The catalog implementation. Example: rest
    ///   - warehouse: The warehouse location on MinIO. Example: s3a://datalake/warehouse
    public init(
        catalog: String, type: Wire.CatalogType, warehouse: String,
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @DeclarationBuilder<ListBlock<Wire.Table>> _ tables: () -> [any Declaration<ListBlock<Wire.Table>>] = { [] }
    ) {
        source = Wire.SourceLocation(file: file, line: line, column: column)
        let block = collect(tables(), into: ListBlock<Wire.Table>())
        wire = Wire.Iceberg(catalog: catalog, type: type, warehouse: warehouse, tables: block.itemsOrNil)
        sourceMap = block.sourceMap(under: "tables")
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.iceberg, "iceberg", as: wire, named: "Iceberg", at: source, sourceMap: sourceMap)
    }
}
