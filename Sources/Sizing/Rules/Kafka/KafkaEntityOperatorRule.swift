import LakeModel

/// The Topic and User Operators Strimzi runs beside the cluster: Strimzi sets no resources for them, so the documented example does.
enum KafkaEntityOperatorRule: SizingRule {
    static let cpu = 1_000
    static let memory = 500 << 20

    static let description = RuleDescription(
        id: "kafka.entityOperator",
        summary: "The Topic Operator and the User Operator each get 1 CPU and 500 MiB, requests equal to limits, as Strimzi's "
            + "documentation configures them; the Cluster Operator sets no resources for its operands.",
        formula: "topicOperator = userOperator = 1 CPU, 500 MiB (request = limit)",
        constants: [RuleConstant("resources", "1 CPU / 500 MiB", "spec.entityOperator.{topicOperator,userOperator}.resources in Strimzi's docs")],
        source: "https://strimzi.io/docs/operators/latest/deploying#config-resources-str ; "
            + "https://docs.redhat.com/en/documentation/red_hat_amq/2021.q3/html/using_amq_streams_on_openshift/proc-topic-operator-with-resource-requests-limits-str",
        evidence: .documented,
        examples: [
            RuleExample("the entity operator pod", expect: "2 containers, 2 CPU and 1,000 MiB") {
                "2 containers, \(Millicores(2 * cpu)) CPU and \(QuantityUnit.count.format(2 * memory >> 20)) MiB"
            },
        ])
}
