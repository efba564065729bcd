import LakeModel

/// A chart pinned to the version the values were checked against (`shared/upstream/charts/<chart>`).
struct PlatformChart {
    /// `repository/chart`, as helmfile spells it.
    var chart: String
    var version: String
    var repository: (name: String, url: String)

    func release(_ name: String, _ context: EmitContext, phase: HelmRelease.Phase, needs: [String] = []) -> HelmRelease {
        HelmRelease(name: name, chart: chart, version: version, repository: repository, namespace: context.namespace,
                    phase: phase, needs: needs)
    }

    /// The source tree's Chart.yaml says 0.1.1; the release build packages it as 1.2.0.
    static let strimzi = PlatformChart(chart: "strimzi/strimzi-kafka-operator", version: "1.2.0",
                                       repository: ("strimzi", "https://strimzi.io/charts/"))
    static let sparkOperator = PlatformChart(chart: "spark-operator/spark-operator", version: "2.5.2",
                                             repository: ("spark-operator", "https://kubeflow.github.io/spark-operator"))
    static let flinkOperator = PlatformChart(
        chart: "flink-operator/flink-kubernetes-operator", version: "1.15.0",
        repository: ("flink-operator", "https://downloads.apache.org/flink/flink-kubernetes-operator-1.15.0/"))
    static let postgresOperator = PlatformChart(
        chart: "postgres-operator/postgres-operator", version: "2.0.1",
        repository: ("postgres-operator", "https://opensource.zalando.com/postgres-operator/charts/postgres-operator"))
    static let minioOperator = PlatformChart(chart: "minio-operator/operator", version: "7.1.1",
                                             repository: ("minio-operator", "https://operator.min.io"))
    static let minioTenant = PlatformChart(chart: "minio-operator/tenant", version: "7.1.1",
                                           repository: ("minio-operator", "https://operator.min.io"))
    static let airflow = PlatformChart(chart: "apache-airflow/airflow", version: "1.18.0",
                                       repository: ("apache-airflow", "https://airflow.apache.org"))
    static let nifi = PlatformChart(chart: "cetic/nifi", version: "1.2.1", repository: ("cetic", "https://cetic.github.io/helm-charts"))
    static let kubePrometheusStack = PlatformChart(
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
    static let sparkServiceAccount = "spark-operator-spark"

    static func minioTenant(_ lake: String) -> String { "\(lake)-minio" }
    /// `config.env` with `MINIO_ROOT_USER` / `MINIO_ROOT_PASSWORD` exports.
    static func minioRootSecret(_ lake: String) -> String { "\(lake)-minio-root" }
    /// The lake's S3 client credentials; the operator also makes them a MinIO user.
    static func s3Credentials(_ lake: String) -> String { "\(lake)-s3-credentials" }
    static func postgresCluster(_ lake: String) -> String { "lakeform-\(lake)" }
    static func airflowMetadata(_ lake: String) -> String { "\(lake)-airflow-metadata" }
    static func airflowKeys(_ lake: String) -> String { "\(lake)-airflow-keys" }
    static func nifiCredentials(_ lake: String) -> String { "\(lake)-nifi" }
    static func grafanaAdmin(_ lake: String) -> String { "\(lake)-grafana-admin" }
}
