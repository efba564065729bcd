/// The containers the charts run besides the components' own pods (operators, sidecars, exporters,
/// hook jobs), each sized by a documented default that `lakeform explain` shows.
public struct ResolvedChartParts: Equatable, Sendable {
    /// Long-running pods and sidecars, packed into the node pools with the components' pods.
    public var pods: [PodGroup]
    /// DaemonSet containers: one on every node, reserved from each node's allocatable.
    public var perNode: [String: Resources]
    /// Containers that run to completion (install hooks, Helm test pods) or before the pod's main containers
    /// (init containers): sized, but not packed.
    public var oneShot: [String: Resources]

    public init(pods: [PodGroup] = [], perNode: [String: Resources] = [:], oneShot: [String: Resources] = [:]) {
        self.pods = pods
        self.perNode = perNode
        self.oneShot = oneShot
    }

    /// The resources of the part named `name`, wherever it is listed.
    public func resources(_ name: String) -> Resources? {
        pods.first { $0.name == name }?.resources ?? perNode[name] ?? oneShot[name]
    }
}

/// Names of the chart parts, shared by sizing (pod groups, `parts.<name>.*` addresses) and the values emitters.
public enum ChartPartName {
    public static let strimziOperator = "strimzi-cluster-operator"
    public static let sparkOperatorController = "spark-operator-controller"
    public static let sparkOperatorWebhook = "spark-operator-webhook"
    public static let flinkOperator = "flink-kubernetes-operator"
    public static let postgresOperator = "postgres-operator"
    public static let minioOperator = "minio-operator"
    /// The ZooKeeper ensemble of NiFi's chart.
    public static let nifiZooKeeper = "nifi-zookeeper"
    public static let airflowTriggerer = "airflow-triggerer"
    public static let airflowDagProcessor = "airflow-dag-processor"
    public static let airflowStatsd = "airflow-statsd"
    /// The log-groomer sidecar of the scheduler, triggerer, DAG processor and Celery worker pods.
    public static let airflowLogGroomer = "airflow-log-groomer"
    /// The chart's Redis, Celery's broker.
    public static let airflowBroker = "airflow-redis"
    public static let airflowMigrations = "airflow-migrate-database"
    public static let prometheusOperator = "prometheus-operator"
    /// The config-reloader sidecar the operator adds to the Prometheus and Alertmanager pods.
    public static let configReloader = "prometheus-config-reloader"
    public static let admissionWebhookJob = "prometheus-admission-webhook-patch"
    public static let alertmanager = "alertmanager"
    public static let kubeStateMetrics = "kube-state-metrics"
    public static let nodeExporter = "node-exporter"
    /// Grafana's dashboards and datasources sidecars (one `sidecar.resources` for both).
    public static let grafanaSidecar = "grafana-sidecar"
    /// Grafana's init containers (download-dashboards, init-chown-data).
    public static let grafanaInit = "grafana-init"
    public static let grafanaTest = "grafana-test"
}
