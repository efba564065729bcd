import LakeModel

/// KRaft controller quorum and its resources.
enum KafkaControllerRule: SizingRule {
    static let cpu = 4_000
    static let memory = 4 << 30
    static let storage = 20 << 30

    static let description = RuleDescription(
        id: "kafka.controllers",
        summary: "3 dedicated KRaft controllers (5 to survive two failures), each 4 CPU / 4 GiB with a 20 GiB metadata volume.",
        formula: "controllers ∈ {3, 5}; resources = 4 CPU, 4 GiB; storage = 20 GiB",
        constants: [
            RuleConstant("controllers", "3", "a majority survives one failure; combined mode is not for critical clusters"),
            RuleConstant("resources", "4 CPU / 4 GiB", "Cloudera's Strimzi baseline for KRaft controllers"),
            RuleConstant("storage", "20 GiB", "rule of thumb: the metadata log and snapshots are small"),
        ],
        source: "https://github.com/apache/kafka/blob/trunk/docs/operations/kraft.md ; https://github.com/strimzi/strimzi-kafka-operator/releases/tag/0.46.0",
        evidence: .documented,
        examples: [
            RuleExample("the default quorum", expect: "3 controllers tolerate 1 failure") { "3 controllers tolerate \(tolerated(3)) failure" },
            RuleExample("a 5-controller quorum", expect: "tolerates 2 failures") { "tolerates \(tolerated(5)) failures" },
        ])

    /// Failures a quorum of `controllers` survives.
    static func tolerated(_ controllers: Int) -> Int { (controllers - 1) / 2 }
}
