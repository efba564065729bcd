import LakeModel

/// What Lakeform sets in one release's values to harden it, and what no values key of the pinned
/// chart reaches. `overlay` is merged over the release's sized values; `level` is the strictest Pod
/// Security Standard the rendered release meets with it; `gaps` say, per place, what stays weaker
/// and why. Every key of an overlay exists in the pinned chart's or subchart's `values.yaml`
/// (checked by the tests against `schemas/upstream/charts`).
public struct ChartHardening: Sendable {
    public var overlay: YAMLValue
    public var level: PodSecurityLevel
    public var gaps: [String]

    init(_ overlay: YAMLValue, level: PodSecurityLevel = .restricted, gaps: [String] = []) {
        self.overlay = overlay
        self.level = level
        self.gaps = gaps
    }

    /// `values` with the overlay merged over them.
    func apply(to values: YAMLValue) -> YAMLValue { values.merging(overlay) }

    /// The hardening of lake `lake`'s `release`, whose sized values are `values`, by the release's pinned chart.
    public static func of(_ release: HelmRelease, values: YAMLValue, lake: String) -> ChartHardening {
        switch release.chart {
        case PinnedChart.druid.chart: ServingHardening.druid(values)
        case PinnedChart.hasura.chart: ServingHardening.hasura
        case PinnedChart.elasticsearch.chart: ServingHardening.elastic(sysctlKey: ["sysctlInitContainer": ["enabled": false]])
        case PinnedChart.kibana.chart: ServingHardening.elastic(sysctlKey: [:])
        case PinnedChart.opensearch.chart:
            ServingHardening.elastic(sysctlKey: ["sysctlInit": ["enabled": false], "persistence": ["enableInitChown": false]])
        case PinnedChart.opensearchDashboards.chart: ServingHardening.elastic(sysctlKey: [:])
        case PinnedChart.trino.chart: ServingHardening.trino
        case PinnedChart.milvus.chart: ServingHardening.milvus(values, lake: lake)
        case PinnedChart.redis.chart: ServingHardening.redis(values)
        case PinnedChart.nifi.chart: PlatformHardening.nifi
        case PinnedChart.airflow.chart: PlatformHardening.airflow
        case PinnedChart.kubePrometheusStack.chart: PlatformHardening.monitoring(values)
        case PinnedChart.strimzi.chart: PlatformHardening.strimzi
        case PinnedChart.sparkOperator.chart: PlatformHardening.sparkOperator
        case PinnedChart.flinkOperator.chart: PlatformHardening.flinkOperator
        case PinnedChart.postgresOperator.chart: PlatformHardening.postgresOperator
        case PinnedChart.minioOperator.chart: PlatformHardening.minioOperator
        case PinnedChart.minioTenant.chart: PlatformHardening.minioTenant
        default: ChartHardening([:], level: .privileged, gaps: ["Lakeform has no hardening for chart `\(release.chart)`."])
        }
    }
}
