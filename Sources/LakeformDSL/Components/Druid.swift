/// Apache Druid for real-time OLAP on one stream.
public struct Druid: Declaration {
    let wire: Wire.Druid
    let source: Wire.SourceLocation

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
