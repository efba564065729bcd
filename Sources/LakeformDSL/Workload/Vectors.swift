/// Embedding vectors the lake serves: how many, of how many dimensions. Milvus memory follows.
public struct Vectors: Declaration {
    let wire: Wire.Vectors
    let reason: String?
    let source: Wire.SourceLocation

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
