/// Apache Druid for real-time OLAP on one stream.
///
/// Wire: `lakes[].components.druid`
///
/// ```swift
/// Druid(source: "clickstream", hotRetention: .days(30))
/// ```
public struct Druid: Declaration {
    let wire: Wire.Druid
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - source: The stream Druid ingests. Example: clickstream
    ///   - hotRetention: Data kept on Historicals for fast queries; older segments stay in deep storage. Unit: duration. Default: 30d. Example: 30d
    ///   - replicants: Copies of each segment across Historicals. Unit: replicas. Default: 2. Example: 2
    public init(
        source stream: String? = nil, hotRetention: TimeSpan? = nil, replicants: Int? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Druid(source: stream, hotRetention: hotRetention, replicants: replicants)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.druid, "druid", as: wire, named: "Druid", at: source)
    }
}
