/// An Iceberg table in the catalog: its columns (the block), partition transforms and properties.
public struct Table: Declaration {
    let wire: Wire.Table
    let source: Wire.SourceLocation
    let sourceMap: SourceMap

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
