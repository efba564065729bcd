import LakeModel

/// The Apache Flink Kubernetes operator, when the lake runs Flink jobs.
enum FlinkOperatorValues {
    /// The image of the 1.15.0 release: the source tree's values say `latest`, and the release script
    /// packages the chart with the short hash of the release commit (79d730bab4d8...) as the tag.
    static let imageTag = "79d730b"

    static func entry(_ context: EmitContext) -> PlatformEntry? {
        guard context.lake.flink != nil else { return nil }
        let values: YAMLValue = [
            "image": ["tag": .string(imageTag)],
            "operatorPod": ["resources": context.lake.chartParts.values(ChartPartName.flinkOperator)],
            // Namespaced mode: Roles (not ClusterRoles) and the `flink` job ServiceAccount in the lake's namespace.
            "watchNamespaces": [.string(context.namespace)],
            // The chart's admission webhook needs cert-manager Certificates, which the lake does not
            // install; without it the CRDs' own validation still applies.
            "webhook": ["create": false],
        ]
        return PlatformEntry(release: PinnedChart.flinkOperator.release(PlatformNames.flinkOperator, context, phase: .operators),
                             values: values)
    }
}
