/// Milvus in cluster mode for the workload's embedding vectors.
public struct Milvus: Declaration {
    let wire: Wire.Milvus
    let source: Wire.SourceLocation

    public init(
        index: Wire.VectorIndex? = nil, hnswM: Int? = nil, ivfNlist: Int? = nil, replicas: Int? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Milvus(index: index, hnswM: hnswM, ivfNlist: ivfNlist, replicas: replicas)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.milvus, "milvus", as: wire, named: "Milvus", at: source)
    }
}
