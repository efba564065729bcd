/// What the lake must carry. The data volume is required; the block adds the other inputs
/// (`Ingest`, `EventStream`, `ActiveUsers`, …), each with an optional one-line reason.
///
/// Wire: `lakes[].workload`
///
/// ```swift
/// Workload(dataVolume: .petabytes(5), reason: "current lake plus a year of growth") {
///     Ingest(eventsPerSecond: 50_000, averageEventSize: .kilobytes(1))
///     ActiveUsers(50_000)
/// }
/// ```
public struct Workload: Declaration {
    let wire: Wire.Workload
    let source: Wire.SourceLocation
    let sourceMap: SourceMap
    let errors: [Wire.EvaluationError]

    /// - Parameters:
    ///   - dataVolume: Data the lake stores today, before replication and erasure coding; sizing grows it to the planning horizon. Unit: bytes (decimal: TB, PB). Example: 5PB
    ///   - reason: Why the input has this value; `lakeform explain` shows it beside the number. Wire: lakes[].workload.reasons
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
