/// A task of an Airflow `DAG` that submits one of the lake's Spark jobs, after the tasks it names.
public struct DAGTask: Declaration {
    let wire: Wire.DAGTask
    let source: Wire.SourceLocation

    public init(
        _ id: String, sparkJob: String, after upstream: String...,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.DAGTask(id: id, sparkJob: sparkJob, after: upstream.isEmpty ? nil : upstream)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout ListBlock<Wire.DAGTask>) {
        block.append(wire, at: source)
    }
}
