/// Milvus in cluster mode for the workload's embedding vectors.
///
/// Wire: `lakes[].components.milvus`
///
/// ```swift
/// Milvus(index: .hnsw, hnswM: 16)
/// ```
public struct Milvus: Declaration {
    let wire: Wire.Milvus
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - index: The vector index type. Default: hnsw. Example: hnsw
    ///   - hnswM: HNSW graph degree M; memory per vector grows with it. Unit: links per node. Default: 16. Example: 16
    ///   - ivfNlist: IVF cluster count (nlist). Unit: clusters. Default: 1024. Example: 1024
    ///   - replicas: In-memory replicas of each segment. Unit: replicas. Default: 1. Example: 1
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
