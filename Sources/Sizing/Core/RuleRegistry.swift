/// Every sizing rule, in the order docs/rules.md lists them.
public enum RuleRegistry {
    public static let all: [RuleDescription] = [
        MinIOErasureSetRule.description, MinIOParityRule.description, MinIOCapacityRule.description,
        MinIOLayoutRule.description, MinIOMemoryRule.description, MinIOGrowthRule.description, MinIOPoolRule.description,
        MinIOStoredRule.description, MinIODriveCatalogueRule.description, MinIOThroughputRule.description,
        KafkaThroughputRule.description, KafkaStorageBoundRule.description, KafkaReplicaGuardrailRule.description,
        KafkaPartitionRule.description, KafkaTieredStorageRule.description, KafkaCPURule.description, KafkaMemoryRule.description,
        KafkaStorageRule.description, KafkaControllerRule.description, KafkaEntityOperatorRule.description,
        KafkaCruiseControlRule.description,
        NodeAllocatableRule.description, NodePackingRule.description, ClusterScaleRule.description,
        WorkloadConsistencyRule.description,
    ] + ProcessingFamily.rules + ServingFamily.rules + PlatformFamily.rules

    /// The rule with `id`, if any.
    public static func rule(_ id: String) -> RuleDescription? { all.first { $0.id == id } }
}
