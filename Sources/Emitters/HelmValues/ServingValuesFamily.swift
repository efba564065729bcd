import LakeModel

/// Helm values for the engines that read the lake (Trino, Druid, Elasticsearch with Kibana,
/// OpenSearch with Dashboards, Milvus) and the services in front of it (Redis, Hasura). Each
/// release writes `helm/<release>.values.yaml`; every number comes from the resolved lake, every
/// key exists in the pinned chart's `values.yaml` (or sits under a map or list the chart passes
/// through), and credentials are only Secret names and keys.
///
/// All releases install into the lake's namespace. Storage-reading engines are in phase `query`,
/// APIs and UIs in `serving`.
public enum ServingValuesFamily: EmitterFamily {
    public static func artifacts(_ context: EmitContext) -> [Artifact] { output(context).artifacts }

    public static func releases(_ context: EmitContext) -> [HelmRelease] { output(context).releases }

    public static func secrets(_ context: EmitContext) -> [SecretReference] { output(context).secrets }

    /// Strategic-merge patches helmfile applies to a release's rendered objects, by release name,
    /// for what a chart's values cannot express (Druid reads no Secrets through its values).
    public static func helmfilePatches(_ context: EmitContext) -> [String: [YAMLValue]] { output(context).helmfilePatches }

    /// Builds every release's values once.
    public static func output(_ context: EmitContext) -> FamilyOutput {
        let charts = charts(context)
        var patches: [String: [YAMLValue]] = [:]
        for chart in charts where !chart.patches.isEmpty { patches[chart.release.name] = chart.patches }
        return FamilyOutput(artifacts: charts.map { context.yaml($0.release.valuesPath, kind: .helmValues, $0.values) },
                            releases: charts.map(\.release), secrets: charts.flatMap(\.secrets), helmfilePatches: patches,
                            hardening: Dictionary(charts.map { ($0.release.name, $0.hardening) }, uniquingKeysWith: { first, _ in first }))
    }

    /// Every release of this family the lake deploys, in a fixed order, hardened (`ChartHardening`).
    static func charts(_ context: EmitContext) -> [ServingChart] {
        let builders: [(EmitContext) -> [ServingChart]] = [
            TrinoValues.charts, DruidValues.charts, SearchValues.elasticsearch, SearchValues.opensearch, MilvusValues.charts,
            RedisValues.charts, HasuraValues.charts,
        ]
        return builders.flatMap { $0(context) }.map { chart in
            var hardened = chart
            hardened.hardening = ChartHardening.of(chart.release, values: chart.values, lake: context.name)
            hardened.values = hardened.hardening.apply(to: chart.values)
            return hardened
        }
    }
}

/// One release with its values, the Secrets those values name, and any helmfile patches.
struct ServingChart {
    var release: HelmRelease
    var values: YAMLValue
    var secrets: [SecretReference] = []
    var patches: [YAMLValue] = []
    var hardening = ChartHardening([:])
}

/// The charts the serving family installs, pinned to the versions their values were checked against.
extension PinnedChart {
    static let trino = PinnedChart(chart: "trino/trino", version: "1.42.2", repository: ("trino", "https://trinodb.github.io/charts"))
    static let druid = PinnedChart(chart: "druid/druid", version: "37.0.2", repository: ("druid", "https://asdf2014.github.io/druid-helm/"))
    static let elasticsearch = PinnedChart(chart: "elastic/elasticsearch", version: "8.5.1", repository: ("elastic", "https://helm.elastic.co"))
    static let kibana = PinnedChart(chart: "elastic/kibana", version: "8.5.1", repository: ("elastic", "https://helm.elastic.co"))
    static let opensearch = PinnedChart(
        chart: "opensearch/opensearch", version: "3.6.0", repository: ("opensearch", "https://opensearch-project.github.io/helm-charts/"))
    static let opensearchDashboards = PinnedChart(
        chart: "opensearch/opensearch-dashboards", version: "3.6.0",
        repository: ("opensearch", "https://opensearch-project.github.io/helm-charts/"))
    static let milvus = PinnedChart(chart: "milvus/milvus", version: "5.0.19", repository: ("milvus", "https://zilliztech.github.io/milvus-helm/"))
    static let redis = PinnedChart(chart: "bitnami/redis", version: "23.1.1", repository: ("bitnami", "oci://registry-1.docker.io/bitnamicharts"))
    static let hasura = PinnedChart(
        chart: "hasura/graphql-engine", version: "0.9.1", repository: ("hasura", "https://hasura.github.io/helm-charts"))
}
