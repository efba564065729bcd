/// A Flink streaming job reading one or more streams of the workload; a job that joins streams reads their summed rate.
///
/// Wire: `lakes[].components.flink.jobs[]`
///
/// ```swift
/// FlinkJob("sessionize", source: "clickstream", jarURI: "local:///opt/flink/usrlib/sessionize.jar", parallelism: 12)
/// FlinkJob("fraud-scoring", sources: ["orders", "clicks"], jarURI: "local:///opt/flink/usrlib/fraud-scoring.jar")
/// ```
public struct FlinkJob: Declaration {
    let wire: Wire.FlinkJob
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - name: The job's name, used for its FlinkDeployment; a DNS-1123 label. Example: sessionize
    ///   - source: The stream the job reads. Example: clickstream
    ///   - jarURI: The job's jar. Example: local:///opt/flink/usrlib/sessionize.jar
    ///   - parallelism: Parallelism, when you fix it; otherwise sized from the stream's throughput and state. Unit: subtasks. Example: 12
    ///   - stateBackend: Where keyed state lives. Default: rocksdb. Example: rocksdb
    public init(
        _ name: String, source stream: String, jarURI: String, parallelism: Int? = nil,
        stateBackend: Wire.StateBackend? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.FlinkJob(
            name: name, source: stream, jarURI: jarURI, parallelism: parallelism, stateBackend: stateBackend)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    /// - Parameters:
    ///   - name: The job's name, used for its FlinkDeployment; a DNS-1123 label. Example: sessionize
    ///   - sources: The streams the job reads, such as the two sides of a join; its input rate is the sum of theirs. Example: clickstream
    ///   - jarURI: The job's jar. Example: local:///opt/flink/usrlib/sessionize.jar
    ///   - parallelism: Parallelism, when you fix it; otherwise sized from the streams' summed throughput and state. Unit: subtasks. Example: 12
    ///   - stateBackend: Where keyed state lives. Default: rocksdb. Example: rocksdb
    public init(
        _ name: String, sources streams: [String], jarURI: String, parallelism: Int? = nil,
        stateBackend: Wire.StateBackend? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.FlinkJob(
            name: name, sources: streams, jarURI: jarURI, parallelism: parallelism, stateBackend: stateBackend)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout ListBlock<Wire.FlinkJob>) {
        block.append(wire, at: source)
    }
}
