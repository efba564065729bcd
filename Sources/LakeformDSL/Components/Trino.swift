/// Trino over the Iceberg catalog. Workers are sized from scan volume, concurrency and the query SLA.
public struct Trino: Declaration {
    let wire: Wire.Trino
    let source: Wire.SourceLocation

    public init(
        querySLA: TimeSpan? = nil, workerMemory: ByteCount? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Trino(querySLA: querySLA, workerMemory: workerMemory)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.trino, "trino", as: wire, named: "Trino", at: source)
    }
}
