/// Spark on the Kubeflow Spark operator, with its batch jobs (the block).
public struct Spark: Declaration {
    let wire: Wire.Spark
    let source: Wire.SourceLocation
    let sourceMap: SourceMap

    public init(
        version: String? = nil, image: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @DeclarationBuilder<ListBlock<Wire.SparkJob>> _ jobs: () -> [any Declaration<ListBlock<Wire.SparkJob>>] = { [] }
    ) {
        source = Wire.SourceLocation(file: file, line: line, column: column)
        let block = collect(jobs(), into: ListBlock<Wire.SparkJob>())
        wire = Wire.Spark(version: version, image: image, jobs: block.items)
        sourceMap = block.sourceMap(under: "jobs")
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.spark, "spark", as: wire, named: "Spark", at: source, sourceMap: sourceMap)
    }
}
