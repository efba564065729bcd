import LakeModel

/// kube-prometheus-stack's parts besides Prometheus and Grafana: the operator and its config reloader and
/// admission-webhook job, Alertmanager, kube-state-metrics, node-exporter and Grafana's sidecars.
enum MonitoringPartsRule: SizingRule {
    /// The chart's suggested `prometheusOperator.resources`.
    static let prometheusOperator = Resources.burstable(cpu: 100, memoryMiB: 100, limitMiB: 200)
    /// The chart's suggested `prometheusOperator.prometheusConfigReloader.resources`, CPU limit included: without one
    /// the operator applies its own default CPU limit, below this request, and the StatefulSet would be invalid.
    static let configReloader = Resources(cpu: Millicores(200), memory: .mebibytes(50), cpuLimit: Millicores(200))
    /// The chart's suggested admission-webhook resources, for the certificate patch job.
    static let webhookJob = Resources.burstable(cpu: 100, memoryMiB: 100, limitMiB: 200)
    /// The chart's suggested `alertmanager.alertmanagerSpec.resources` memory; a tenth of a core.
    static let alertmanager = Resources(cpu: Millicores(100), memory: .mebibytes(400))
    /// kube-state-metrics' README: 250 MiB and 0.1 core, and at least 2 MiB and 0.001 core per node above 100 nodes.
    static let kubeStateMetricsBase = (cpu: 100, memoryMiB: 250)
    static let kubeStateMetricsPerNode = (cpu: 1, memoryMiB: 2)
    /// The node-exporter chart's suggested `resources`.
    static let nodeExporter = Resources.burstable(cpu: 100, memoryMiB: 30, limitMiB: 50)
    /// The grafana chart's suggested `sidecar.resources` (dashboards and datasources sidecars each).
    static let grafanaSidecar = Resources.burstable(cpu: 50, memoryMiB: 50, limitMiB: 100)
    /// The grafana chart's suggested `initChownData.resources` and `testFramework.resources`.
    static let grafanaHelper = Resources(cpu: Millicores(100), memory: .mebibytes(128))
    /// Sidecars per Grafana pod: dashboards and datasources, both enabled by kube-prometheus-stack.
    static let grafanaSidecars = 2

    static let description = RuleDescription(
        id: "monitoring.parts",
        summary: "The Prometheus operator, config reloader, admission-webhook job, Alertmanager, node-exporter and Grafana's "
            + "sidecars at the charts' suggested resources; kube-state-metrics at its README's recommendation for the lake's nodes.",
        formula: "one operator, Alertmanager and kube-state-metrics; a config reloader per Prometheus and Alertmanager pod; "
            + "node-exporter on every node; 2 sidecars per Grafana pod; kube-state-metrics = max(0.1 CPU, 1m × nodes), "
            + "max(250 MiB, 2 MiB × nodes)",
        constants: [
            RuleConstant("prometheus-operator", prometheusOperator.summary, "kube-prometheus-stack values.yaml suggested `prometheusOperator.resources`"),
            RuleConstant("config reloader", configReloader.summary + ", CPU limit 200m", "suggested `prometheusConfigReloader.resources`; the limit overrides the operator's default"),
            RuleConstant("admission-webhook patch job", webhookJob.summary, "suggested `admissionWebhooks` resources"),
            RuleConstant("Alertmanager", alertmanager.summary, "suggested `alertmanagerSpec.resources` memory"),
            RuleConstant("kube-state-metrics", "0.1 CPU, 250 MiB; 1m CPU, 2 MiB per node above 100 nodes", "kube-state-metrics README, resource recommendation"),
            RuleConstant("node-exporter", nodeExporter.summary, "prometheus-node-exporter values.yaml suggested `resources`"),
            RuleConstant("Grafana sidecar, init, test", "\(grafanaSidecar.summary); \(grafanaHelper.summary)", "grafana values.yaml suggested `sidecar`, `initChownData`, `testFramework` resources"),
        ],
        source: "https://github.com/prometheus-community/helm-charts/blob/kube-prometheus-stack-88.5.3/charts/kube-prometheus-stack/values.yaml ; "
            + "https://github.com/kubernetes/kube-state-metrics/blob/main/README.md#resource-recommendation ; "
            + "https://github.com/prometheus-community/helm-charts/blob/prometheus-node-exporter-4.56.1/charts/prometheus-node-exporter/values.yaml ; "
            + "https://github.com/grafana-community/helm-charts/blob/grafana-12.11.1/charts/grafana/values.yaml ; sizing-rules §0.1 (DaemonSets on every node), §12",
        evidence: .documented,
        examples: [
            RuleExample("Prometheus and Alertmanager", expect: "2 config reloaders") { "\(configReloaders(prometheus: 1)) config reloaders" },
            RuleExample("Grafana on", expect: "2 sidecars of 50m CPU, 50 MiB (limit 100 MiB)") { "\(grafanaSidecars) sidecars of \(grafanaSidecar.summary)" },
            RuleExample("kube-state-metrics, 40 nodes", expect: "100m CPU, 250 MiB") { kubeStateMetrics(nodes: 40).summary },
            RuleExample("kube-state-metrics, 1,500 nodes", expect: "1500m CPU, 2.92 GiB") { kubeStateMetrics(nodes: 1_500).summary },
        ])

    /// kube-state-metrics for a cluster of `nodes`: its objects, and so its memory and CPU, grow with the nodes.
    static func kubeStateMetrics(nodes: Int) -> Resources {
        Resources(cpu: Millicores(max(kubeStateMetricsBase.cpu, IntegerMath.product(kubeStateMetricsPerNode.cpu, nodes))),
                  memory: .mebibytes(max(kubeStateMetricsBase.memoryMiB, IntegerMath.product(kubeStateMetricsPerNode.memoryMiB, nodes, saturatingAt: Int.max >> 20))))
    }

    /// A config reloader runs beside every Prometheus pod and the one Alertmanager pod.
    static func configReloaders(prometheus: Int) -> Int { prometheus + 1 }
}
