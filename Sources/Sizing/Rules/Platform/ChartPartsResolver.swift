import LakeModel

/// Sizes the charts' own parts (operators, NiFi's ZooKeeper, Airflow's and kube-prometheus-stack's helpers) from their
/// documented defaults, recording each as `parts.<name>.*` so `lakeform explain` shows it.
enum ChartPartsResolver {
    /// The operators, NiFi's ZooKeeper and Airflow's parts: pods that Prometheus scrapes too, so they are
    /// resolved before monitoring.
    static func resolve(_ lake: ResolvedLake, _ ledger: Ledger) -> ResolvedChartParts {
        var parts = OperatorDefaultsRule.parts(lake.spec.components).map {
            ChartPart(name: $0.name, component: $0.component, resources: $0.resources, placement: .pods(replicas: $0.replicas),
                      rule: OperatorDefaultsRule.description)
        }
        if let nifi = lake.nifi {
            parts.append(ChartPart(name: ChartPartName.nifiZooKeeper, component: .nifi, resources: NiFiZooKeeperRule.memory,
                                   placement: .pods(replicas: NiFiZooKeeperRule.servers(nifiNodes: nifi.replicas), stateful: true),
                                   rule: NiFiZooKeeperRule.description, inputs: ["nifi.nodes"]))
        }
        if let airflow = lake.airflow, let spec = lake.spec.components.airflow { parts += airflowParts(airflow, spec) }
        var resolved = ResolvedChartParts()
        add(parts, to: &resolved, ledger)
        return resolved
    }

    /// Adds kube-prometheus-stack's parts once monitoring is resolved.
    static func addMonitoring(_ lake: inout ResolvedLake, _ ledger: Ledger) {
        guard let monitoring = lake.monitoring, let spec = lake.spec.components.monitoring else { return }
        add(monitoringParts(monitoring, spec), to: &lake.chartParts, ledger)
    }

    /// Records each part and files it by where it runs.
    private static func add(_ parts: [ChartPart], to resolved: inout ResolvedChartParts, _ ledger: Ledger) {
        for part in parts {
            let resources = record(part, ledger)
            switch part.placement {
            case .pods(let replicas, let stateful):
                let count = ledger.decide("parts.\(part.name).replicas", .count, by: part.rule, inputs: part.inputs) {
                    (replicas, "\(replicas) × \(part.name) (sidecars count once per pod they run in)")
                }
                guard count > 0 else { continue }
                resolved.pods.append(PodGroup(name: part.name, component: part.component, replicas: count, resources: resources, stateful: stateful))
            case .perNode: resolved.perNode[part.name] = resources
            case .oneShot: resolved.oneShot[part.name] = resources
            }
        }
    }

    static func airflowParts(_ airflow: ResolvedAirflow, _ spec: AirflowSpec) -> [ChartPart] {
        let rule = AirflowPartsRule.description, one = AirflowPartsRule.replicas
        let celeryWorkers = spec.executor == .celery ? airflow.workers : 0
        var parts = [
            ChartPart(name: ChartPartName.airflowTriggerer, component: .airflow, resources: AirflowPartsRule.triggerer,
                      placement: .pods(replicas: one), rule: rule),
            ChartPart(name: ChartPartName.airflowDagProcessor, component: .airflow, resources: AirflowPartsRule.dagProcessor,
                      placement: .pods(replicas: one), rule: rule),
            ChartPart(name: ChartPartName.airflowStatsd, component: .airflow, resources: AirflowPartsRule.helper,
                      placement: .pods(replicas: one), rule: rule),
            ChartPart(name: ChartPartName.airflowLogGroomer, component: .airflow, resources: AirflowPartsRule.helper,
                      placement: .pods(replicas: AirflowPartsRule.logGroomers(schedulers: airflow.schedulers, workers: celeryWorkers)), rule: rule,
                      inputs: ["airflow.schedulers", "airflow.workers"]),
            ChartPart(name: ChartPartName.airflowMigrations, component: .airflow, resources: AirflowPartsRule.migrations, placement: .oneShot, rule: rule),
        ]
        if spec.executor == .celery {
            parts.append(ChartPart(name: ChartPartName.airflowBroker, component: .airflow, resources: AirflowPartsRule.broker,
                                   placement: .pods(replicas: one, stateful: true), rule: rule))
        }
        return parts
    }

    static func monitoringParts(_ monitoring: ResolvedMonitoring, _ spec: MonitoringSpec) -> [ChartPart] {
        let rule = MonitoringPartsRule.description
        let prometheus = monitoring.pods.filter { $0.name == "prometheus" }.reduce(0) { $0 + $1.replicas }
        var parts = [
            ChartPart(name: ChartPartName.prometheusOperator, component: .monitoring, resources: MonitoringPartsRule.prometheusOperator,
                      placement: .pods(replicas: 1), rule: rule),
            ChartPart(name: ChartPartName.configReloader, component: .monitoring, resources: MonitoringPartsRule.configReloader,
                      placement: .pods(replicas: MonitoringPartsRule.configReloaders(prometheus: prometheus)), rule: rule),
            ChartPart(name: ChartPartName.admissionWebhookJob, component: .monitoring, resources: MonitoringPartsRule.webhookJob,
                      placement: .oneShot, rule: rule),
            ChartPart(name: ChartPartName.alertmanager, component: .monitoring, resources: MonitoringPartsRule.alertmanager,
                      placement: .pods(replicas: 1), rule: rule),
            // Sized for the nodes once the pools are packed (`pack`); the README's floor until then.
            ChartPart(name: ChartPartName.kubeStateMetrics, component: .monitoring, resources: MonitoringPartsRule.kubeStateMetrics(nodes: 0),
                      placement: .pods(replicas: 1), rule: rule),
            ChartPart(name: ChartPartName.nodeExporter, component: .monitoring, resources: MonitoringPartsRule.nodeExporter,
                      placement: .perNode, rule: rule),
        ]
        if spec.grafana {
            let grafana = monitoring.pods.filter { $0.name == "grafana" }.reduce(0) { $0 + $1.replicas }
            parts += [
                ChartPart(name: ChartPartName.grafanaSidecar, component: .monitoring, resources: MonitoringPartsRule.grafanaSidecar,
                          placement: .pods(replicas: grafana * MonitoringPartsRule.grafanaSidecars), rule: rule),
                ChartPart(name: ChartPartName.grafanaInit, component: .monitoring, resources: MonitoringPartsRule.grafanaHelper,
                          placement: .oneShot, rule: rule),
                ChartPart(name: ChartPartName.grafanaTest, component: .monitoring, resources: MonitoringPartsRule.grafanaHelper,
                          placement: .oneShot, rule: rule),
            ]
        }
        return parts
    }

    /// Packs the node pools, then sizes kube-state-metrics for the nodes they hold and packs again when it grew.
    static func pack(_ lake: inout ResolvedLake, _ ledger: Ledger) {
        lake.nodePools = NodePoolResolver.resolve(lake.podGroupsAtPeak, perNode: lake.chartParts.perNode, ledger)
        guard let index = lake.chartParts.pods.firstIndex(where: { $0.name == ChartPartName.kubeStateMetrics }) else { return }
        let nodes = lake.nodePools.reduce(0) { $0 + $1.nodes }
        let part = ChartPart(name: ChartPartName.kubeStateMetrics, component: .monitoring, resources: MonitoringPartsRule.kubeStateMetrics(nodes: nodes),
                             placement: .pods(replicas: 1), rule: MonitoringPartsRule.description)
        let resources = record(part, inputs: lake.nodePools.map { "nodePools.\($0.name).nodes" }, because: "for \(nodes) nodes", ledger)
        guard resources != lake.chartParts.pods[index].resources else { return }
        lake.chartParts.pods[index].resources = resources
        lake.nodePools = NodePoolResolver.resolve(lake.podGroupsAtPeak, perNode: lake.chartParts.perNode, ledger)
    }

    /// Records the part's CPU and memory request and memory limit, and returns its resources.
    private static func record(_ part: ChartPart, inputs: [String] = [], because reason: String = "", _ ledger: Ledger) -> Resources {
        let address = "parts.\(part.name)"
        let suffix = reason.isEmpty ? "" : " \(reason)"
        var resources = part.resources
        resources.cpuRequest = Millicores(ledger.decide("\(address).cpu", .millicores, by: part.rule, inputs: inputs) {
            (part.resources.cpuRequest.value, "\(part.resources.cpuRequest) CPU per \(part.name) container\(suffix)")
        })
        resources.memoryRequest = Bytes(ledger.decide("\(address).memory", .memory, by: part.rule, inputs: inputs) {
            (part.resources.memoryRequest.value, "\(Bytes(part.resources.memoryRequest.value).memoryText) requested per \(part.name) container\(suffix)")
        })
        resources.memoryLimit = Bytes(ledger.decide("\(address).memoryLimit", .memory, by: part.rule, inputs: ["\(address).memory"]) {
            (part.resources.memoryLimit.value, "\(Bytes(part.resources.memoryLimit.value).memoryText) memory limit per \(part.name) container")
        })
        return resources
    }
}
