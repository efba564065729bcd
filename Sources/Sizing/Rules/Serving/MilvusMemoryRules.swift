import LakeModel

/// Memory that Milvus query nodes hold for the vectors and their index.
enum MilvusIndexRule: SizingRule {
    static let description = RuleDescription(
        id: "milvus.indexMemory",
        summary: "Raw float32 vectors take N × d × 4 bytes. Loaded index memory (raw vectors included) is 1.1 × (4d + 8M) × N for "
            + "HNSW and 1.1 × (4d × N + 4 × nlist × d) for IVF, per replica.",
        formula: "vectors = N·d·4; HNSW = ⌈1.1 × (4d + 8M) × N⌉; IVF = ⌈1.1 × (4d·N + 4·nlist·d)⌉",
        constants: [RuleConstant("slack", "1.1", "the 10% allowance in OpenSearch k-NN's memory estimate")],
        source: "https://opensearch.org/docs/latest/search-plugins/knn/knn-index/ (memory estimation) ; sizing-rules §8",
        evidence: .documented,
        examples: [
            RuleExample("1 M × 768-d, HNSW M = 16", expect: "vectors 2.86 GiB, HNSW 3.27 GiB") {
                "vectors \(Bytes(vectorBytes(count: 1_000_000, dimensions: 768)).memoryText), HNSW \(Bytes(hnsw(count: 1_000_000, dimensions: 768, m: 16)).memoryText)"
            },
            RuleExample("10 M × 768-d, IVF nlist = 1,024", expect: "IVF 31.47 GiB") {
                "IVF \(Bytes(ivf(count: 10_000_000, dimensions: 768, nlist: 1_024)).memoryText)"
            },
        ])

    static func vectorBytes(count: Int, dimensions: Int) -> Int { IntegerMath.scale(count, dimensions * 4, 1) }
    static func hnsw(count: Int, dimensions: Int, m: Int) -> Int { IntegerMath.scaleUp(count, (4 * dimensions + 8 * m) * 11, 10) }
    static func ivf(count: Int, dimensions: Int, nlist: Int) -> Int {
        IntegerMath.scaleUp(vectorBytes(count: count, dimensions: dimensions) + 4 * nlist * dimensions, 11, 10)
    }

    static func indexBytes(_ spec: MilvusSpec, count: Int, dimensions: Int) -> Int {
        switch spec.index {
        case .hnsw: hnsw(count: count, dimensions: dimensions, m: spec.hnswM)
        case .ivf: ivf(count: count, dimensions: dimensions, nlist: spec.ivfNlist)
        }
    }
}

/// Query nodes that hold every replica below Milvus's 90% load threshold, with growth headroom.
enum MilvusQueryNodeRule: SizingRule {
    static let defaultMemory = 64 << 30
    /// queryNode.overloadedMemoryThresholdPercentage × growth and compaction headroom.
    static let usablePercent = 90 * 80 / 100

    static let description = RuleDescription(
        id: "milvus.queryNodes",
        summary: "Query nodes = ⌈index × replicas / (node memory × 0.9 × 0.8)⌉, at least one per replica: Milvus refuses loads past "
            + "90% of node memory and 20% is kept for growth and compaction. 64 GiB nodes with 16 cores.",
        formula: "queryNodes = max(replicas, ⌈index × replicas / (memory × 0.9 × 0.8)⌉); cores = memory / 4 GiB",
        constants: [
            RuleConstant("load threshold", "90%", "queryNode.overloadedMemoryThresholdPercentage in milvus.yaml"),
            RuleConstant("headroom", "80%", "rule of thumb for growing segments and compaction"),
            RuleConstant("node memory", "64 GiB", "default query node"),
        ],
        source: "https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml (overloadedMemoryThresholdPercentage) ; sizing-rules §8",
        evidence: .documented,
        examples: [
            RuleExample("1 B × 768-d HNSW (3.2 TiB), 1 replica, 64 GiB nodes", expect: "72 query nodes") {
                "\(queryNodes(index: 3_520_000_000_000, replicas: 1, memory: defaultMemory)) query nodes"
            },
            RuleExample("1 M × 768-d HNSW (3.27 GiB), 2 replicas", expect: "2 query nodes") {
                "\(queryNodes(index: 3_520_000_000, replicas: 2, memory: defaultMemory)) query nodes"
            },
        ])

    static func queryNodes(index: Int, replicas: Int, memory: Int) -> Int {
        max(replicas, 1, IntegerMath.scaleUp(index, replicas * 100, memory * usablePercent))
    }
}

/// Where an in-memory Milvus stops being sensible: the vector count for a disk or quantised index, and a query-node bound.
enum MilvusScaleRule: SizingRule {
    static let diskIndexVectors = 1_000_000_000
    static let maxQueryNodes = 1_000

    static let description = RuleDescription(
        id: "milvus.scale",
        summary: "From a billion vectors an in-memory HNSW or IVF index costs terabytes of RAM: Milvus's DiskANN keeps only "
            + "compressed vectors in memory and quantisation (IVF_SQ8, IVF_PQ) shrinks them 4× or more, so a warning names those "
            + "levers. Above 1,000 query nodes a warning suggests them again, larger nodes, or splitting the vectors over clusters.",
        formula: "warn when vectors ≥ 1,000,000,000; warn when query nodes > 1,000",
        constants: [
            RuleConstant("disk index from", "1 B vectors", "Milvus: DiskANN is meant for billion-scale datasets"),
            RuleConstant("query-node bound", "1,000", "rule of thumb: one coordinator balancing segments over that many nodes"),
        ],
        source: "https://milvus.io/docs/disk_index.md ; https://milvus.io/docs/index.md (IVF_SQ8, IVF_PQ)",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("1 T × 768-d HNSW (3.52 PB), 64 GiB nodes", expect: "71,143 query nodes: both warnings") {
                let nodes = MilvusQueryNodeRule.queryNodes(index: MilvusIndexRule.hnsw(count: 1_000_000_000_000, dimensions: 768, m: 16),
                                                           replicas: 1, memory: MilvusQueryNodeRule.defaultMemory)
                return "\(QuantityUnit.count.format(nodes)) query nodes: \(nodes > maxQueryNodes ? "both warnings" : "one warning")"
            },
        ])
}
