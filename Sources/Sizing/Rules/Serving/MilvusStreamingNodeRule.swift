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
    /// msgChannel.chanNamePrefix.cluster + "-" + rootCoordDml: the physical channels' topic prefix.
    static let topicPrefix = "by-dev-rootcoord-dml_"
    /// How long the lake's Kafka keeps the channels' messages: the Milvus chart's own Kafka (logRetentionHours 168).
    static let topicRetention = Seconds.days(7)

    static let description = RuleDescription(
        id: "milvus.streamingNodes",
        summary: "Streaming nodes own the write-ahead log and serve growing data: each of the 16 DML channels holds a growing "
            + "segment of up to 1 GiB before it is sealed and flushed. Two nodes share the channels (one takes over the other's "
            + "on a restart); memory = the channels' growing segments per node + 2 GiB for WAL buffers and the process; 4 GiB per core. "
            + "On the lake's Kafka each channel is a topic `by-dev-rootcoord-dml_<i>` of one partition, kept 7 days like the chart's own Kafka.",
        formula: "nodes = 2; memory = ⌈16 × 1 GiB / nodes⌉ + 2 GiB; cores = ⌈memory / 4 GiB⌉; topics = 16 × 1 partition, 7 d",
        constants: [
            RuleConstant("DML channels", "16", "rootCoord.dmlChannelNum in milvus.yaml"),
            RuleConstant("growing segment", "1 GiB", "dataCoord.segment.maxSize 1,024 MB in milvus.yaml"),
            RuleConstant("base", "2 GiB", "rule of thumb: WAL buffers and the Go process"),
            RuleConstant("nodes", "2", "rule of thumb: one survives a restart while its channels move"),
            RuleConstant("topics", "by-dev-rootcoord-dml_0…15, 1 partition, 7 days", "milvus.yaml msgChannel names; Milvus asks Kafka "
                + "for one partition per topic (milvus-io/milvus#17981); the chart's Kafka keeps 168 h"),
        ],
        source: "https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml (rootCoord.dmlChannelNum, dataCoord.segment.maxSize, msgChannel) ; "
            + "https://github.com/milvus-io/milvus/issues/17981 (topics on an external Kafka) ; "
            + "https://milvus.io/docs/architecture_overview.md (streaming node)",
        evidence: .ruleOfThumb,
        examples: [RuleExample("the default streaming nodes", expect: "2 nodes, 10 GiB, 3 cores") { describe() }])

    static var topics: [ResolvedTopic] {
        (0..<dmlChannels).map { ResolvedTopic(name: "\(topicPrefix)\($0)", partitions: 1, retention: topicRetention, ingress: BytesPerSecond(0)) }
    }

    static var memory: Int { IntegerMath.ceilDiv(dmlChannels * segmentMaxSize, nodes) + base }
    static var cores: Int { IntegerMath.ceilDiv(memory, 4 << 30) }

    private static func describe() -> String { "\(nodes) nodes, \(Bytes(memory).memoryText), \(cores) cores" }
}
