/// Flink on the Flink Kubernetes operator, with its streaming jobs (the block).
public struct Flink: Declaration {
    let wire: Wire.Flink
    let source: Wire.SourceLocation
    let sourceMap: SourceMap

    public init(
        version: String? = nil, image: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @DeclarationBuilder<ListBlock<Wire.FlinkJob>> _ jobs: () -> [any Declaration<ListBlock<Wire.FlinkJob>>] = { [] }
    ) {
        source = Wire.SourceLocation(file: file, line: line, column: column)
        let block = collect(jobs(), into: ListBlock<Wire.FlinkJob>())
        wire = Wire.Flink(version: version, image: image, jobs: block.items)
        sourceMap = block.sourceMap(under: "jobs")
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.flink, "flink", as: wire, named: "Flink", at: source, sourceMap: sourceMap)
    }
}
