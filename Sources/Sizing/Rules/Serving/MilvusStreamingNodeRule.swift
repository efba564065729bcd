import LakeModel

/// Milvus 2.6 streaming nodes: they hold every DML channel's growing segment until it is sealed.
enum MilvusStreamingNodeRule: SizingRule {
    static let nodes = 2
    /// rootCoord.dmlChannelNum.
    static let dmlChannels = 16
    /// dataCoord.segment.maxSize: a growing segment is sealed at this size.
    static let segmentMaxSize = 1 << 30
    /// The WAL's buffers and the process beside the growing segments.
    static let base = 2 << 30

    static let description = RuleDescription(
        id: "milvus.streamingNodes",
        summary: "Streaming nodes own the write-ahead log and serve growing data: each of the 16 DML channels holds a growing "
            + "segment of up to 1 GiB before it is sealed and flushed. Two nodes share the channels (one takes over the other's "
            + "on a restart); memory = the channels' growing segments per node + 2 GiB for WAL buffers and the process; 4 GiB per core.",
        formula: "nodes = 2; memory = ⌈16 × 1 GiB / nodes⌉ + 2 GiB; cores = ⌈memory / 4 GiB⌉",
        constants: [
            RuleConstant("DML channels", "16", "rootCoord.dmlChannelNum in milvus.yaml"),
            RuleConstant("growing segment", "1 GiB", "dataCoord.segment.maxSize 1,024 MB in milvus.yaml"),
            RuleConstant("base", "2 GiB", "rule of thumb: WAL buffers and the Go process"),
            RuleConstant("nodes", "2", "rule of thumb: one survives a restart while its channels move"),
        ],
        source: "https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml (rootCoord.dmlChannelNum, dataCoord.segment.maxSize) ; "
            + "https://milvus.io/docs/architecture_overview.md (streaming node)",
        evidence: .ruleOfThumb,
        examples: [RuleExample("the default streaming nodes", expect: "2 nodes, 10 GiB, 3 cores") { describe() }])

    static var memory: Int { IntegerMath.ceilDiv(dmlChannels * segmentMaxSize, nodes) + base }
    static var cores: Int { IntegerMath.ceilDiv(memory, 4 << 30) }

    private static func describe() -> String { "\(nodes) nodes, \(ServingUnits.gib(memory)), \(cores) cores" }
}
