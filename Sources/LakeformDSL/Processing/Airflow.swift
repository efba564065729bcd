/// Apache Airflow, with the DAGs it runs (the block).
public struct Airflow: Declaration {
    let wire: Wire.Airflow
    let source: Wire.SourceLocation
    let sourceMap: SourceMap

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
