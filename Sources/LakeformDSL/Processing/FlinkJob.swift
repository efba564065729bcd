/// A Flink streaming job reading one stream of the workload.
public struct FlinkJob: Declaration {
    let wire: Wire.FlinkJob
    let source: Wire.SourceLocation

    public init(
        _ name: String, source stream: String, jarURI: String, parallelism: Int? = nil,
        stateBackend: Wire.StateBackend? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.FlinkJob(
            name: name, source: stream, jarURI: jarURI, parallelism: parallelism, stateBackend: stateBackend)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout ListBlock<Wire.FlinkJob>) {
        block.append(wire, at: source)
    }
}
