/// Prometheus with Grafana (kube-prometheus-stack).
public struct Monitoring: Declaration {
    let wire: Wire.Monitoring
    let source: Wire.SourceLocation

    public init(
        retention: TimeSpan? = nil, activeSeries: Int? = nil, scrapeInterval: TimeSpan? = nil, grafana: Bool? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Monitoring(
            retention: retention, activeSeries: activeSeries, scrapeInterval: scrapeInterval, grafana: grafana)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.monitoring, "monitoring", as: wire, named: "Monitoring", at: source)
    }
}
