/// The Iceberg catalog that Spark, Flink and Trino share, with the tables it holds (the block).
/// Iceberg is a library, not a service: it costs nothing but the catalog's database.
public struct Iceberg: Declaration {
    let wire: Wire.Iceberg
    let source: Wire.SourceLocation
    let sourceMap: SourceMap

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
