/// Spark on the Kubeflow Spark operator, with its batch jobs (the block).
///
/// Wire: `lakes[].components.spark`
///
/// ```swift
/// Spark {
///     SparkJob("bronze-to-silver", language: .python, application: "s3a://jobs/b2s.py", inputSharePercent: 40)
/// }
/// ```
public struct Spark: Declaration {
    let wire: Wire.Spark
    let source: Wire.SourceLocation
    let sourceMap: SourceMap

    /// - Parameters:
    ///   - version: The Spark version the operator runs. Default: 3.5.5. Example: 3.5.5
    ///   - image: The Spark image, when not Apache's for the version. Example: apache/spark:3.5.5
    public init(
        version: String? = nil, image: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @DeclarationBuilder<ListBlock<Wire.SparkJob>> _ jobs: () -> [any Declaration<ListBlock<Wire.SparkJob>>] = { [] }
    ) {
        source = Wire.SourceLocation(file: file, line: line, column: column)
        let block = collect(jobs(), into: ListBlock<Wire.SparkJob>())
        wire = Wire.Spark(version: version, image: image, jobs: block.items)
        sourceMap = block.sourceMap(under: "jobs")
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.spark, "spark", as: wire, named: "Spark", at: source, sourceMap: sourceMap)
    }
}
