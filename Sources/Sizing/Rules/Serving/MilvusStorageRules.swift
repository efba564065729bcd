import LakeModel

/// The vector count Milvus is sized for: the blueprint's count grown to the planning horizon.
enum MilvusGrowthRule: SizingRule {
    static let description = RuleDescription(
        id: "milvus.vectorsAtHorizon",
        summary: "The vectors grow with the lake: query nodes, index memory and Milvus's files on MinIO are sized for the count at "
            + "the planning horizon, compounding the workload's yearly growth as MinIO's data and Kafka's ingest do, so the "
            + "collection still loads when the corpus has grown.",
        formula: "vectors = count × (1 + growth)^(horizon / 12)",
        constants: [RuleConstant("horizon", "12 months", "default planning horizon (workload.horizon), shared with every stateful store")],
        source: "https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml (overloadedMemoryThresholdPercentage: a query "
            + "node refuses segments past it) ; https://blog.min.io/add-pools-expand-capacity/ (size storage for its runway) ; sizing-rules §8",
        evidence: .documented,
        examples: [
            RuleExample("300 M vectors growing 30% a year, 12-month horizon", expect: "390,000,000 vectors") {
                var workload = WorkloadSpec(dataVolume: 0)
                workload.yearlyGrowthPercent = 30
                return "\(QuantityUnit.count.format(workload.atHorizon(300_000_000))) vectors"
            },
        ])
}

/// What Milvus keeps in the lake's object storage: the insert binlogs once and the built index files once.
enum MilvusObjectStorageRule: SizingRule {
    static let description = RuleDescription(
        id: "milvus.objectStorage",
        summary: "Milvus persists its data in the lake's MinIO bucket: data nodes flush the inserted vectors as binlogs, and index "
            + "nodes write each built index back as files, the bulk of its data. Both are stored once: in-memory replicas are "
            + "loaded by query nodes from the same files. The index is counted at its loaded size, whose 10% allowance covers "
            + "delta logs and statistics.",
        formula: "objects = vectors × d × 4 + index (both at the horizon, once, whatever the replicas)",
        constants: [RuleConstant("copies", "1", "replicas are query-node memory, not object-storage copies")],
        source: "https://milvus.io/docs/object-storage.md (index files and binary logs in object storage) ; "
            + "https://milvus.io/docs/data_processing.md (binlogs from data nodes, index files from index building) ; "
            + "https://milvus.io/docs/replica.md (replicas load the same segments)",
        evidence: .documented,
        examples: [
            RuleExample("1 M × 768-d, HNSW M = 16, 2 replicas", expect: "6.59 GB") {
                let index = MilvusIndexRule.hnsw(count: 1_000_000, dimensions: 768, m: 16)
                return Bytes(objectBytes(vectors: MilvusIndexRule.vectorBytes(count: 1_000_000, dimensions: 768), index: index)).description
            },
        ])

    static func objectBytes(vectors: Int, index: Int) -> Int { IntegerMath.sum([vectors, index]) }
}
