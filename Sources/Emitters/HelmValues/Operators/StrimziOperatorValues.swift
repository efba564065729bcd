import LakeModel

/// The Strimzi cluster operator, when the lake runs Kafka.
enum StrimziOperatorValues {
    static func entry(_ context: EmitContext) -> PlatformEntry? {
        guard context.lake.kafka != nil else { return nil }
        let values: YAMLValue = [
            // The chart always watches its release namespace, which is the lake's; listing it again
            // here would render the operator's RoleBinding twice.
            "watchNamespaces": [],
            "resources": context.lake.chartParts.values(ChartPartName.strimziOperator),
        ]
        return PlatformEntry(release: PinnedChart.strimzi.release(PlatformNames.strimziOperator, context, phase: .operators),
                             values: values)
    }
}
