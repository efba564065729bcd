/// Embedding vectors the lake serves: how many, of how many dimensions. Milvus memory follows.
///
/// Wire: `lakes[].workload.vectors`
///
/// ```swift
/// Vectors(count: 100_000_000, dimensions: 768)
/// ```
public struct Vectors: Declaration {
    let wire: Wire.Vectors
    let reason: String?
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - count: Embedding vectors Milvus serves. Unit: vectors. Example: 100_000_000
    ///   - dimensions: Dimensions of each vector (float32). Unit: dimensions. Example: 768
    ///   - reason: Why the input has this value; `lakeform explain` shows it beside the number. Wire: lakes[].workload.reasons
    public init(
        count: Int, dimensions: Int, reason: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Vectors(count: count, dimensions: dimensions)
        self.reason = reason
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout WorkloadBlock) {
        block.set(\.vectors, "vectors", to: wire, reason: reason, named: "Vectors", at: source)
    }
}
