import LakeModel

/// Helm values for the platform releases: the operators (Strimzi, Spark, Flink, Zalando PostgreSQL,
/// MinIO), the MinIO tenant, Airflow, NiFi and kube-prometheus-stack. Each release writes
/// `helm/<release>.values.yaml`; every sized number comes from the resolved lake (the charts' own
/// parts, such as the operators, sidecars and exporters, from `ResolvedLake.chartParts`), every container
/// the charts render gets requests and a memory limit, every key exists in the pinned chart's
/// `values.yaml` (or sits under a map the chart passes through), and credentials are only ever Secret
/// names or references to them.
///
/// All releases install into the lake's namespace, so each operator watches exactly that namespace.
public enum PlatformValuesFamily: EmitterFamily {
    public static func artifacts(_ context: EmitContext) -> [Artifact] { output(context).artifacts }

    public static func releases(_ context: EmitContext) -> [HelmRelease] { output(context).releases }

    public static func secrets(_ context: EmitContext) -> [SecretReference] { output(context).secrets }

    /// Builds every release's values once.
    public static func output(_ context: EmitContext) -> FamilyOutput {
        let entries = entries(context)
        return FamilyOutput(artifacts: entries.map { context.yaml($0.release.valuesPath, kind: .helmValues, $0.values) },
                            releases: entries.map(\.release), secrets: entries.flatMap(\.secrets),
                            hardening: Dictionary(entries.map { ($0.release.name, $0.hardening) }, uniquingKeysWith: { first, _ in first }))
    }

    /// Every release the lake needs from this family, operators first, in install order, hardened (`ChartHardening`).
    static func entries(_ context: EmitContext) -> [PlatformEntry] {
        let builders: [(EmitContext) -> PlatformEntry?] = [
            StrimziOperatorValues.entry, SparkOperatorValues.entry, FlinkOperatorValues.entry,
            PostgresOperatorValues.entry, MinIOOperatorValues.entry,
            MinIOTenantValues.entry, NiFiValues.entry, AirflowValues.entry, MonitoringValues.entry,
        ]
        return builders.compactMap { $0(context) }.map { entry in
            var hardened = entry
            hardened.hardening = ChartHardening.of(entry.release, values: entry.values, lake: context.name)
            hardened.values = hardened.hardening.apply(to: entry.values)
            return hardened
        }
    }
}

/// One release with its values and the Secrets those values name.
struct PlatformEntry {
    var release: HelmRelease
    var values: YAMLValue
    var secrets: [SecretReference] = []
    var hardening = ChartHardening([:])
}
