import LakeModel

/// The MinIO operator, when the lake runs MinIO; the tenant itself is `MinIOTenantValues`.
enum MinIOOperatorValues {
    static func entry(_ context: EmitContext) -> PlatformEntry? {
        guard context.lake.minio != nil,
              let pods = context.lake.chartParts.pods.first(where: { $0.name == ChartPartName.minioOperator }) else { return nil }
        let values: YAMLValue = [
            "operator": [
                // Lists replace the chart's, so its STS default is repeated; WATCHED_NAMESPACE limits
                // the operator to the lake's tenants.
                "env": [
                    ["name": "OPERATOR_STS_ENABLED", "value": "on"],
                    ["name": "WATCHED_NAMESPACE", "value": .string(context.namespace)],
                ],
                "replicaCount": .int(pods.replicas),
                "resources": Kubernetes.resources(pods.resources),
            ],
        ]
        return PlatformEntry(release: PinnedChart.minioOperator.release(PlatformNames.minioOperator, context, phase: .operators),
                             values: values)
    }
}
