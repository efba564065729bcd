import LakeModel

/// Names the manifests give to objects and expect of others, in one place so that every family
/// (and the Helm values that point at these objects) spells them the same way.
///
/// - Lake-level services carry the lake's name: Kafka cluster `<lake>-kafka` (bootstrap Service
///   `<lake>-kafka-kafka-bootstrap`), Connect cluster `<lake>-connect`, FastAPI `<lake>-fastapi`,
///   Atlas `<lake>-atlas`, PostgreSQL `lakeform-<lake>` (Zalando wants the team id as prefix).
/// - Things owned by one of those are named by themselves, made DNS-1123-safe: node pools `broker`
///   and `controller`, one KafkaTopic per topic, one KafkaConnector per CDC source, one
///   Spark/Flink resource per job.
/// - Secrets: `<lake>-s3-credentials` (MinIO keys), `<lake>-fastapi`; Debezium's are the ones the
///   blueprint names; Strimzi and Zalando create their own under their documented names.
public enum ManifestNames {
    public static func kafkaCluster(_ lake: String) -> String { "\(lake)-kafka" }
    /// Strimzi's bootstrap Service for the cluster; 9092 is plain, 9093 TLS.
    public static func kafkaBootstrap(_ lake: String, tls: Bool) -> String {
        "\(kafkaCluster(lake))-kafka-bootstrap:\(tls ? 9093 : 9092)"
    }
    /// The Secret Strimzi creates with the cluster CA certificate (`ca.crt`).
    public static func kafkaClusterCA(_ lake: String) -> String { "\(kafkaCluster(lake))-cluster-ca-cert" }
    public static func connectCluster(_ lake: String) -> String { "\(lake)-connect" }
    /// The ServiceAccount Strimzi creates for the Connect pods.
    public static func connectServiceAccount(_ lake: String) -> String { "\(connectCluster(lake))-connect" }

    public static let postgresTeam = "lakeform"
    public static func postgresCluster(_ lake: String) -> String { "\(postgresTeam)-\(lake)" }
    /// The Secret Zalando creates for a role: underscores become hyphens.
    public static func postgresCredentials(user: String, lake: String) -> String {
        "\(user.replacing("_", with: "-")).\(postgresCluster(lake)).credentials.postgresql.acid.zalan.do"
    }
    /// The database holding the Iceberg JDBC catalog, and its owner.
    public static let icebergDatabase = "iceberg"

    /// The MinIO tenant and its S3 Service `minio` (port 80 without TLS), as the tenant chart names them.
    public static func minioTenant(_ lake: String) -> String { "\(lake)-minio" }
    public static func minioEndpoint(namespace: String) -> String { "http://minio.\(namespace).svc:80" }
    public static func s3Credentials(_ lake: String) -> String { "\(lake)-s3-credentials" }
    public static let s3Keys = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]

    /// ServiceAccounts the operator charts create in the job namespace (release names `spark-operator`
    /// and the Flink operator's `jobServiceAccount`).
    public static let sparkServiceAccount = "spark-operator-spark"
    public static let flinkServiceAccount = "flink"

    /// The labels a Deployment or StatefulSet selects its pods by, a subset of `Kubernetes.labels`.
    static func selector(_ context: EmitContext, component: String) -> YAMLValue {
        ["app.kubernetes.io/part-of": .string(context.name), "app.kubernetes.io/component": .string(component)]
    }

    /// A lowercase DNS-1123 name for `text`: other characters become `-`, ends trimmed.
    public static func dns(_ text: String) -> String { KubernetesName.dns(text) }
}
