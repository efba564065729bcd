import LakeModel

/// The Strimzi cluster operator, when the lake runs Kafka.
enum StrimziOperatorValues {
    /// Strimzi's own install defaults (`060-Deployment-strimzi-cluster-operator.yaml`): one operator
    /// reconciling one Kafka cluster, its node pools, topics and Connect fits them. Memory request =
    /// limit, so the JVM is never OOM-killed below its limit. The operator pod is not part of the
    /// sized pod groups.
    static let resources = Resources(cpu: Millicores(200), memory: .mebibytes(384), cpuLimit: .cores(1))

    static func entry(_ context: EmitContext) -> PlatformEntry? {
        guard context.lake.kafka != nil else { return nil }
        let values: YAMLValue = [
            // The chart always watches its release namespace, which is the lake's; listing it again
            // here would render the operator's RoleBinding twice.
            "watchNamespaces": [],
            "resources": Kubernetes.resources(resources),
        ]
        return PlatformEntry(release: PinnedChart.strimzi.release(PlatformNames.strimziOperator, context, phase: .operators),
                             values: values)
    }
}
