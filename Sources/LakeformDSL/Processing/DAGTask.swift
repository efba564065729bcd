/// A task of an Airflow `DAG` that submits one of the lake's Spark jobs, after the tasks it names.
///
/// Wire: `lakes[].components.airflow.dags[].tasks[]`
///
/// ```swift
/// DAGTask("gold", sparkJob: "silver-to-gold", after: "silver")
/// ```
public struct DAGTask: Declaration {
    let wire: Wire.DAGTask
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - id: The task id within its DAG. Example: silver
    ///   - sparkJob: The Spark job the task submits, by name. Example: bronze-to-silver
    ///   - after: Tasks that must finish first, by id. Example: silver
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
