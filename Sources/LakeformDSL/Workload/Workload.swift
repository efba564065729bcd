/// What the lake must carry. The data volume is required; the block adds the other inputs
/// (`Ingest`, `EventStream`, `ActiveUsers`, …), each with an optional one-line reason.
public struct Workload: Declaration {
    let wire: Wire.Workload
    let source: Wire.SourceLocation
    let sourceMap: SourceMap
    let errors: [Wire.EvaluationError]

    public init(
        dataVolume: ByteCount, reason: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @DeclarationBuilder<WorkloadBlock> _ inputs: () -> [any Declaration<WorkloadBlock>] = { [] }
    ) {
        source = Wire.SourceLocation(file: file, line: line, column: column)
        let block = collect(inputs(), into: WorkloadBlock(dataVolume: dataVolume, reason: reason, at: source))
        wire = block.result
        sourceMap = block.sourceMap
        errors = block.errors
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(wire, at: source, sourceMap: sourceMap, errors: errors)
    }
}
