import LakeModel

/// The Zalando postgres-operator, when the lake runs PostgreSQL.
enum PostgresOperatorValues {
    static func entry(_ context: EmitContext) -> PlatformEntry? {
        guard context.lake.postgres != nil else { return nil }
        let values: YAMLValue = [
            // Reconcile only the lake's `postgresql` resources instead of every namespace (`"*"`).
            "configKubernetes": ["watched_namespace": .string(context.namespace)],
            "resources": context.lake.chartParts.values(ChartPartName.postgresOperator),
        ]
        return PlatformEntry(
            release: PinnedChart.postgresOperator.release(PlatformNames.postgresOperator, context, phase: .operators),
            values: values)
    }
}
