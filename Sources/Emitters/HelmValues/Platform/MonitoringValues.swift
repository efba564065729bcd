import LakeModel

/// kube-prometheus-stack: Prometheus sized for the lake's series and retention, picking up the lake's
/// ServiceMonitors, PodMonitors and rules; Grafana with its admin login from a Secret; Alertmanager as
/// the chart ships it.
enum MonitoringValues {
    static func entry(_ context: EmitContext) -> PlatformEntry? {
        guard let monitoring = context.lake.monitoring, let spec = context.lake.spec.components.monitoring else { return nil }
        var prometheusSpec: [String: YAMLValue] = [
            "retention": .string(spec.retention.description),
            "retentionSize": .string(retentionSize(monitoring.retentionSize)),
            "scrapeInterval": .string(spec.scrapeInterval.description),
            "resources": Kubernetes.resources(monitoring.prometheus),
            "storageSpec": [
                "volumeClaimTemplate": [
                    "spec": ["accessModes": ["ReadWriteOnce"], "resources": ["requests": ["storage": Kubernetes.quantity(monitoring.storage)]]],
                ],
            ],
            // Select every monitor and rule in the cluster, not only those labelled for this release.
            "serviceMonitorSelectorNilUsesHelmValues": false,
            "podMonitorSelectorNilUsesHelmValues": false,
            "ruleSelectorNilUsesHelmValues": false,
        ]
        if monitoring.shards > 1 { prometheusSpec["shards"] = .int(monitoring.shards) }
        let prometheus: YAMLValue = ["prometheusSpec": .map(prometheusSpec)]
        let parts = context.lake.chartParts
        var grafana: [String: YAMLValue] = ["enabled": .bool(spec.grafana)]
        var secrets: [SecretReference] = []
        if spec.grafana, let pod = monitoring.pods.first(where: { $0.name == "grafana" }) {
            grafana["resources"] = Kubernetes.resources(pod.resources)
            grafana["sidecar"] = ["resources": parts.values(ChartPartName.grafanaSidecar)]
            for key in ["downloadDashboards", "initChownData"] { grafana[key] = ["resources": parts.values(ChartPartName.grafanaInit)] }
            grafana["testFramework"] = ["resources": parts.values(ChartPartName.grafanaTest)]
            // The chart's default keys `admin-user` and `admin-password`.
            grafana["admin"] = ["existingSecret": .string(PlatformNames.grafanaAdmin(context.name))]
            secrets.append(SecretReference(name: PlatformNames.grafanaAdmin(context.name), keys: ["admin-user", "admin-password"],
                                           readers: ["grafana"], purpose: "Grafana's admin login"))
        }
        return PlatformEntry(release: PinnedChart.kubePrometheusStack.release(PlatformNames.monitoring, context, phase: .observability),
                             values: [
                                 "prometheus": prometheus, "grafana": .map(grafana),
                                 "prometheusOperator": [
                                     "resources": parts.values(ChartPartName.prometheusOperator),
                                     "prometheusConfigReloader": ["resources": parts.values(ChartPartName.configReloader)],
                                     "admissionWebhooks": ["patch": ["resources": parts.values(ChartPartName.admissionWebhookJob)]],
                                 ],
                                 "alertmanager": ["alertmanagerSpec": ["resources": parts.values(ChartPartName.alertmanager)]],
                                 "kube-state-metrics": ["resources": parts.values(ChartPartName.kubeStateMetrics)],
                                 "prometheus-node-exporter": ["resources": parts.values(ChartPartName.nodeExporter)],
                             ], secrets: secrets)
    }

    /// `--storage.tsdb.retention.size` in Prometheus's binary units, exact: `80GiB`, `78125000KiB`, `1234B`.
    static func retentionSize(_ bytes: Bytes) -> String {
        for (suffix, shift) in [("TiB", 40), ("GiB", 30), ("MiB", 20), ("KiB", 10)] where bytes.value != 0 && bytes.value % (1 << shift) == 0 {
            return "\(bytes.value >> shift)\(suffix)"
        }
        return "\(bytes.value)B"
    }
}
