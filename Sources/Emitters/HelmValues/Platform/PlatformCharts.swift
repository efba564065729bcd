import LakeModel

/// The charts the platform family installs, pinned to the versions their values were checked against.
extension PinnedChart {
    /// The source tree's Chart.yaml says 0.1.1; the release build packages it as 1.2.0.
    static let strimzi = PinnedChart(chart: "strimzi/strimzi-kafka-operator", version: "1.2.0",
                                       repository: ("strimzi", "https://strimzi.io/charts/"))
    static let sparkOperator = PinnedChart(chart: "spark-operator/spark-operator", version: "2.5.2",
                                             repository: ("spark-operator", "https://kubeflow.github.io/spark-operator"))
    static let flinkOperator = PinnedChart(
        chart: "flink-operator/flink-kubernetes-operator", version: "1.15.0",
        repository: ("flink-operator", "https://downloads.apache.org/flink/flink-kubernetes-operator-1.15.0/"))
    static let postgresOperator = PinnedChart(
        chart: "postgres-operator/postgres-operator", version: "2.0.1",
        repository: ("postgres-operator", "https://opensource.zalando.com/postgres-operator/charts/postgres-operator"))
    static let minioOperator = PinnedChart(chart: "minio-operator/operator", version: "7.1.1",
                                             repository: ("minio-operator", "https://operator.min.io"))
    static let minioTenant = PinnedChart(chart: "minio-operator/tenant", version: "7.1.1",
                                           repository: ("minio-operator", "https://operator.min.io"))
    static let airflow = PinnedChart(chart: "apache-airflow/airflow", version: "1.18.0",
                                       repository: ("apache-airflow", "https://airflow.apache.org"))
    static let nifi = PinnedChart(chart: "cetic/nifi", version: "1.2.1", repository: ("cetic", "https://cetic.github.io/helm-charts"))
    static let kubePrometheusStack = PinnedChart(
        chart: "prometheus-community/kube-prometheus-stack", version: "88.5.3",
        repository: ("prometheus-community", "https://prometheus-community.github.io/helm-charts"))
}

/// Release and object names shared by these values, in one place. They follow the conventions of
/// the manifest family: lake-prefixed Secrets, the tenant `<lake>-minio`, the Zalando cluster
/// `lakeform-<lake>`.
enum PlatformNames {
    static let strimziOperator = "strimzi-kafka-operator"
    static let sparkOperator = "spark-operator"
    static let flinkOperator = "flink-kubernetes-operator"
    static let postgresOperator = "postgres-operator"
    static let minioOperator = "minio-operator"
    static let minio = "minio"
    static let nifi = "nifi"
    static let airflow = "airflow"
    static let monitoring = "kube-prometheus-stack"

    /// The ServiceAccount the Spark operator chart creates for drivers in the job namespace
    /// (`<fullname>-spark`, with the release named `spark-operator`); set explicitly so it cannot drift.
    static let sparkServiceAccount = ManifestNames.sparkServiceAccount

    static func minioTenant(_ lake: String) -> String { ManifestNames.minioTenant(lake) }
    /// `config.env` with `MINIO_ROOT_USER` / `MINIO_ROOT_PASSWORD` exports.
    static func minioRootSecret(_ lake: String) -> String { "\(lake)-minio-root" }
    /// The lake's S3 client credentials; the operator also makes them a MinIO user.
    static func s3Credentials(_ lake: String) -> String { ManifestNames.s3Credentials(lake) }
    static func postgresCluster(_ lake: String) -> String { ManifestNames.postgresCluster(lake) }
    static func airflowMetadata(_ lake: String) -> String { "\(lake)-airflow-metadata" }
    static func airflowKeys(_ lake: String) -> String { "\(lake)-airflow-keys" }
    static func nifiCredentials(_ lake: String) -> String { "\(lake)-nifi" }
    static func grafanaAdmin(_ lake: String) -> String { "\(lake)-grafana-admin" }
}
