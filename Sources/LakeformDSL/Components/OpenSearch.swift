/// OpenSearch for centralised logging.
public struct OpenSearch: Declaration {
    let wire: Wire.SearchCluster
    let source: Wire.SourceLocation

    public init(
        retention: TimeSpan? = nil, replicas: Int? = nil, nodes: Int? = nil, dashboards: Bool? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.SearchCluster(retention: retention, replicas: replicas, nodes: nodes, dashboards: dashboards)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.opensearch, "opensearch", as: wire, named: "OpenSearch", at: source)
    }
}
