/// Apache Airflow, with the DAGs it runs (the block).
///
/// Wire: `lakes[].components.airflow`
///
/// ```swift
/// Airflow(executor: .kubernetes) {
///     DAG("nightly", schedule: "@daily") { DAGTask("silver", sparkJob: "bronze-to-silver") }
/// }
/// ```
public struct Airflow: Declaration {
    let wire: Wire.Airflow
    let source: Wire.SourceLocation
    let sourceMap: SourceMap

    /// - Parameters:
    ///   - executor: The Airflow executor. Default: KubernetesExecutor. Example: KubernetesExecutor
    public init(
        executor: Wire.AirflowExecutor? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @DeclarationBuilder<ListBlock<Wire.DAG>> _ dags: () -> [any Declaration<ListBlock<Wire.DAG>>] = { [] }
    ) {
        source = Wire.SourceLocation(file: file, line: line, column: column)
        let block = collect(dags(), into: ListBlock<Wire.DAG>())
        wire = Wire.Airflow(executor: executor, dags: block.itemsOrNil)
        sourceMap = block.sourceMap(under: "dags")
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.airflow, "airflow", as: wire, named: "Airflow", at: source, sourceMap: sourceMap)
    }
}
