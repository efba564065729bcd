import LakeModel

/// Elasticsearch 8.5.1 with Kibana 8.5.1 (elastic/helm-charts) and OpenSearch 3.6.0 with
/// OpenSearch Dashboards 3.6.0 (opensearch-project/helm-charts), sized from `ResolvedSearch`:
/// data nodes (every node keeps the chart's default roles, master-eligible included), heap as
/// `-Xms` = `-Xmx`, container resources, and a volume of `diskPerNode` per node.
///
/// Credentials:
/// - Elasticsearch: the chart's own Secret is off (`secret.enabled: false`, it would generate a
///   password on every upgrade); `ELASTIC_PASSWORD` comes from the Secret the chart and Kibana
///   already expect, `elasticsearch-master-credentials` (`username`, `password`).
/// - OpenSearch: the demo security setup needs `OPENSEARCH_INITIAL_ADMIN_PASSWORD`; it and
///   Dashboards (`opensearchAccount.secret`) read `<lake>-opensearch-admin` (`username`, `password`).
///
/// The OpenSearch chart's `resources` default has `requests` only and its values.yaml no `limits`
/// key, so OpenSearch data nodes get requests (the resolved CPU and memory) without limits.
///
/// The dashboards' Node.js heap (`--max-old-space-size`) is 75% of their container memory, so the
/// chart's 1,800 MB default cannot outgrow a 1 GiB container.
enum SearchValues {
    static let elasticsearchSecret = "elasticsearch-master-credentials"
    static func opensearchSecret(_ context: EmitContext) -> String { "\(context.name)-opensearch-admin" }
    static let dashboardsHeapPercent = 75

    static func elasticsearch(_ context: EmitContext) -> [ServingChart] {
        guard let search = context.lake.elasticsearch else { return [] }
        let values: YAMLValue = [
            "replicas": .int(search.dataNodes),
            "esJavaOpts": .string(javaOpts(search.heap)),
            "resources": ServingFormats.resources(search.node, clearCPULimit: true),
            "volumeClaimTemplate": ["resources": ["requests": ["storage": Kubernetes.quantity(search.diskPerNode)]]],
            "secret": ["enabled": false],
            "extraEnvs": [ServingFormats.secretEnv("ELASTIC_PASSWORD", secret: elasticsearchSecret, key: "password")],
        ]
        var readers = ["elasticsearch"]
        var charts = [ServingChart(release: PinnedChart.elasticsearch.release("elasticsearch", context, phase: .query), values: values)]
        if let dashboards = ServingFormats.group(search.pods, "elasticsearch-dashboards") {
            readers.append("kibana")
            let kibana: YAMLValue = [
                "replicas": .int(dashboards.replicas),
                "resources": ServingFormats.resources(dashboards.resources, clearCPULimit: true),
                "elasticsearchCredentialSecret": .string(elasticsearchSecret),
                "extraEnvs": [nodeOptions(dashboards.resources)],
            ]
            charts.append(ServingChart(
                release: PinnedChart.kibana.release("kibana", context, phase: .serving, needs: ["elasticsearch"]), values: kibana))
        }
        charts[0].secrets = [SecretReference(
            name: elasticsearchSecret, keys: ["password", "username"], readers: readers,
            purpose: "the `elastic` superuser: `username` is `elastic`, `password` its bootstrap password")]
        return charts
    }

    static func opensearch(_ context: EmitContext) -> [ServingChart] {
        guard let search = context.lake.opensearch else { return [] }
        let secret = opensearchSecret(context)
        let values: YAMLValue = [
            "replicas": .int(search.dataNodes),
            "opensearchJavaOpts": .string(javaOpts(search.heap)),
            "resources": ServingFormats.requests(search.node),
            "persistence": ["size": Kubernetes.quantity(search.diskPerNode)],
            "extraEnvs": [ServingFormats.secretEnv("OPENSEARCH_INITIAL_ADMIN_PASSWORD", secret: secret, key: "password")],
        ]
        var readers = ["opensearch"]
        var charts = [ServingChart(release: PinnedChart.opensearch.release("opensearch", context, phase: .query), values: values)]
        if let dashboards = ServingFormats.group(search.pods, "opensearch-dashboards") {
            readers.append("opensearch-dashboards")
            let values: YAMLValue = [
                "replicaCount": .int(dashboards.replicas),
                "resources": ServingFormats.resources(dashboards.resources, clearCPULimit: true),
                "opensearchAccount": ["secret": .string(secret)],
                "extraEnvs": [nodeOptions(dashboards.resources)],
            ]
            charts.append(ServingChart(
                release: PinnedChart.opensearchDashboards.release("opensearch-dashboards", context, phase: .serving, needs: ["opensearch"]),
                values: values))
        }
        charts[0].secrets = [SecretReference(
            name: secret, keys: ["password", "username"], readers: readers,
            purpose: "the OpenSearch `admin` user: `username` is `admin`, `password` its initial password (a strong one: OpenSearch rejects weak ones)")]
        return charts
    }

    /// `-Xms<heap> -Xmx<heap>`.
    static func javaOpts(_ heap: Bytes) -> String {
        let size = ServingFormats.jvm(heap)
        return "-Xms\(size) -Xmx\(size)"
    }

    /// `NODE_OPTIONS=--max-old-space-size=<75% of the container in MiB>`.
    static func nodeOptions(_ resources: Resources) -> YAMLValue {
        let heap = ServingFormats.wholeMiB(resources.memoryLimit) * dashboardsHeapPercent / 100
        return ServingFormats.env("NODE_OPTIONS", "--max-old-space-size=\(heap)")
    }
}
