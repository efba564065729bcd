/// Prometheus with Grafana (kube-prometheus-stack).
///
/// Wire: `lakes[].components.monitoring`
///
/// ```swift
/// Monitoring(retention: .days(15), scrapeInterval: .seconds(30))
/// ```
public struct Monitoring: Declaration {
    let wire: Wire.Monitoring
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - retention: How long Prometheus keeps samples. Unit: duration. Default: 15d. Example: 15d
    ///   - activeSeries: Active series, when you know them; otherwise derived from the lake's pods. Unit: series. Example: 2000000
    ///   - scrapeInterval: Scrape interval. Unit: duration. Default: 30s. Example: 30s
    ///   - grafana: Whether Grafana is deployed. Default: true. Example: true
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
