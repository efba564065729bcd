/// OpenSearch for centralised logging.
///
/// Wire: `lakes[].components.opensearch`
///
/// ```swift
/// OpenSearch(retention: .days(15))
/// ```
public struct OpenSearch: Declaration {
    let wire: Wire.SearchCluster
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - retention: How long the cluster keeps daily log indices. Unit: duration. Default: 30d. Example: 30d
    ///   - replicas: Replica shards per primary. Unit: replicas. Default: 1. Example: 1
    ///   - nodes: Data nodes of the cluster, when you fix them; otherwise sized from logs per day and retention. Unit: nodes. Example: 6
    ///   - dashboards: Whether the cluster's dashboards (Kibana or OpenSearch Dashboards) are deployed. Default: true. Example: true
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
