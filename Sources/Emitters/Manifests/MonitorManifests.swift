import LakeModel

/// prometheus-operator scrape targets (`monitoring.coreos.com/v1`) for the components that expose
/// metrics from resources this family owns or names: Strimzi's Kafka and Connect pods (the Strimzi
/// metrics reporter on `tcp-prometheus`), the Flink jobs (Prometheus reporter) and the MinIO tenant.
enum MonitorManifests {
    static let apiVersion = "monitoring.coreos.com/v1"

    static func objects(_ context: EmitContext) -> [YAMLValue] {
        guard let monitoring = context.lake.spec.components.monitoring, context.lake.monitoring != nil else { return [] }
        let interval = YAMLValue.string(monitoring.scrapeInterval.description)
        return [strimzi(context, interval), flink(context, interval), minio(context, interval)].compactMap { $0 }
    }

    static func strimzi(_ context: EmitContext, _ interval: YAMLValue) -> YAMLValue? {
        guard context.lake.kafka != nil else { return nil }
        var kinds: [YAMLValue] = ["Kafka"]
        var clusters: [YAMLValue] = [.string(ManifestNames.kafkaCluster(context.name))]
        if context.lake.connect != nil {
            kinds.append("KafkaConnect")
            clusters.append(.string(ManifestNames.connectCluster(context.name)))
        }
        let selector: YAMLValue = ["matchExpressions": [
            ["key": "strimzi.io/kind", "operator": "In", "values": .list(kinds)],
            ["key": "strimzi.io/cluster", "operator": "In", "values": .list(clusters)],
        ]]
        return podMonitor(context, name: ManifestNames.kafkaCluster(context.name), component: "kafka", selector: selector,
                          endpoint: ["port": "tcp-prometheus", "path": "/metrics", "interval": interval])
    }

    static func flink(_ context: EmitContext, _ interval: YAMLValue) -> YAMLValue? {
        guard let flink = context.lake.flink, !flink.jobs.isEmpty else { return nil }
        let selector: YAMLValue = [
            "matchLabels": ["type": "flink-native-kubernetes"],
            "matchExpressions": [["key": "app", "operator": "In", "values": .list(flink.jobs.map { .string(ManifestNames.dns($0.name)) })]],
        ]
        return podMonitor(context, name: "\(context.name)-flink", component: "flink", selector: selector,
                          endpoint: ["port": "metrics", "path": "/metrics", "interval": interval])
    }

    /// The Secret with the bearer token Prometheus presents to MinIO, and its key.
    static func minioMetricsSecret(_ lake: String) -> String { "\(lake)-minio-prometheus" }
    static let minioMetricsKey = "token"

    /// MinIO's cluster metrics on the tenant's `minio` Service, behind MinIO's default JWT
    /// authentication: Prometheus sends the bearer token from `minioMetricsSecret`.
    static func minio(_ context: EmitContext, _ interval: YAMLValue) -> YAMLValue? {
        guard context.lake.minio != nil else { return nil }
        return Kubernetes.object(
            apiVersion: apiVersion, kind: "ServiceMonitor", name: ManifestNames.minioTenant(context.name), namespace: context.namespace,
            labels: Kubernetes.labels(lake: context.name, component: "minio"),
            body: ["spec": [
                "selector": ["matchLabels": ["v1.min.io/tenant": .string(ManifestNames.minioTenant(context.name))]],
                "namespaceSelector": ["matchNames": [.string(context.namespace)]],
                "endpoints": [[
                    "port": "http-minio", "path": "/minio/v2/metrics/cluster", "scheme": "http", "interval": interval,
                    "authorization": [
                        "type": "Bearer",
                        "credentials": ["name": .string(minioMetricsSecret(context.name)), "key": .string(minioMetricsKey)],
                    ],
                ]],
            ]])
    }

    private static func podMonitor(_ context: EmitContext, name: String, component: String, selector: YAMLValue, endpoint: YAMLValue)
        -> YAMLValue
    {
        Kubernetes.object(
            apiVersion: apiVersion, kind: "PodMonitor", name: name, namespace: context.namespace,
            labels: Kubernetes.labels(lake: context.name, component: component),
            body: ["spec": [
                "selector": selector,
                "namespaceSelector": ["matchNames": [.string(context.namespace)]],
                "podMetricsEndpoints": [endpoint],
            ]])
    }
}
