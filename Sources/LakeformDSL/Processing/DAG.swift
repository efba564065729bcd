/// An Airflow DAG: a schedule (`@daily` or cron) and the Spark-job tasks it runs (the block).
///
/// Wire: `lakes[].components.airflow.dags[]`
///
/// ```swift
/// DAG("nightly", schedule: "@daily", retries: 3) {
///     DAGTask("silver", sparkJob: "bronze-to-silver")
///     DAGTask("gold", sparkJob: "silver-to-gold", after: "silver")
/// }
/// ```
public struct DAG: Declaration {
    let wire: Wire.DAG
    let source: Wire.SourceLocation
    let sourceMap: SourceMap

    /// - Parameters:
    ///   - name: The DAG id and its file name; letters, digits, `_` and `-`. Example: nightly
    ///   - schedule: `@daily`-style preset or a cron expression. Example: @daily
    ///   - retries: Retries of a failed task. Unit: retries. Default: 3. Example: 3
    public init(
        _ name: String, schedule: String, retries: Int? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @DeclarationBuilder<ListBlock<Wire.DAGTask>> _ tasks: () -> [any Declaration<ListBlock<Wire.DAGTask>>]
    ) {
        source = Wire.SourceLocation(file: file, line: line, column: column)
        let block = collect(tasks(), into: ListBlock<Wire.DAGTask>())
        wire = Wire.DAG(name: name, schedule: schedule, retries: retries, tasks: block.items)
        sourceMap = block.sourceMap(under: "tasks")
    }

    public func declare(in block: inout ListBlock<Wire.DAG>) {
        block.append(wire, at: source, sourceMap: sourceMap)
    }
}
