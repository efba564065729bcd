import LakeModel

/// The Kubeflow Spark operator, when the lake runs Spark jobs.
enum SparkOperatorValues {
    static func entry(_ context: EmitContext) -> PlatformEntry? {
        guard context.lake.spark != nil else { return nil }
        let values: YAMLValue = [
            "spark": [
                // SparkApplications live in the lake's namespace; the chart creates the driver
                // ServiceAccount and RBAC there.
                "jobNamespaces": [.string(context.namespace)],
                "serviceAccount": ["name": .string(PlatformNames.sparkServiceAccount)],
            ],
            // The mutating webhook applies volumes, tolerations and affinity from the SparkApplication
            // to driver and executor pods; its certificate is self-generated (no cert-manager needed).
            "webhook": ["enable": true, "resources": context.lake.chartParts.values(ChartPartName.sparkOperatorWebhook)],
            "controller": ["resources": context.lake.chartParts.values(ChartPartName.sparkOperatorController)],
        ]
        return PlatformEntry(release: PinnedChart.sparkOperator.release(PlatformNames.sparkOperator, context, phase: .operators),
                             values: values)
    }
}
