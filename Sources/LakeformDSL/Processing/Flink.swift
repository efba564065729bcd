/// Flink on the Flink Kubernetes operator, with its streaming jobs (the block).
///
/// Wire: `lakes[].components.flink`
///
/// ```swift
/// Flink {
///     FlinkJob("sessionize", source: "clickstream", jarURI: "local:///opt/flink/usrlib/sessionize.jar")
/// }
/// ```
public struct Flink: Declaration {
    let wire: Wire.Flink
    let source: Wire.SourceLocation
    let sourceMap: SourceMap

    /// - Parameters:
    ///   - version: The Flink version of the deployments. Default: 1.20. Example: 1.20
    ///   - image: The Flink image, when not Apache's for the version. Example: flink:1.20
    public init(
        version: String? = nil, image: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @DeclarationBuilder<ListBlock<Wire.FlinkJob>> _ jobs: () -> [any Declaration<ListBlock<Wire.FlinkJob>>] = { [] }
    ) {
        source = Wire.SourceLocation(file: file, line: line, column: column)
        let block = collect(jobs(), into: ListBlock<Wire.FlinkJob>())
        wire = Wire.Flink(version: version, image: image, jobs: block.items)
        sourceMap = block.sourceMap(under: "jobs")
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.flink, "flink", as: wire, named: "Flink", at: source, sourceMap: sourceMap)
    }
}
