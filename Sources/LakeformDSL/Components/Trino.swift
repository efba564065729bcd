/// Trino over the Iceberg catalog. Workers are sized from scan volume, concurrency and the query SLA.
///
/// Wire: `lakes[].components.trino`
///
/// ```swift
/// Trino(querySLA: .seconds(30))
/// ```
public struct Trino: Declaration {
    let wire: Wire.Trino
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - querySLA: Time an interactive query may take; workers are sized so the day's scans fit it. Unit: duration. Default: 60s. Example: 30s
    ///   - workerMemory: Memory of each worker, when you fix it. Unit: bytes (binary: GiB). Example: 64GiB
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
