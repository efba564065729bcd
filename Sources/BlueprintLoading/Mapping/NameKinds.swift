/// A kind of blueprint name: what it becomes in the generated files, and the rule that follows.
///
/// Limits leave room for the longest suffix that Lakeform or the operator it writes for appends,
/// so the object names that end up in the cluster stay within Kubernetes' limits.
struct NameKind: Sendable {
    /// What the name is, for messages: `Spark job name`.
    let what: String
    /// What the name becomes and the rule that follows from it, for the note under the diagnostic.
    let rule: String
    /// Why a name breaks the rule, or nil.
    let problem: @Sendable (String) -> String?
}

extension NameKind {
    /// `-` and the 19-digit UnixNano the Spark operator appends to a ScheduledSparkApplication for each run.
    static let scheduledRunSuffix = "-1234567890123456789"
    /// The suffix of the publication Lakeform names after a PostgreSQL CDC source's replication slot.
    static let publicationSuffix = "_publication"
    /// Flink's longest `kubernetes.cluster-id`: the operator names Services `<id>-rest` and TaskManager pods after it.
    static let maxFlinkClusterID = 45
    /// The Zalando operator's users of a prepared database: `<database>_writer_user`.
    static let preparedUserSuffix = "_writer_user"

    /// File names may have 255 bytes; manifests are `manifests/<Kind>.<name>.yaml`.
    static let maxFileName = 255
    /// A stream's KafkaTopic manifest is `manifests/KafkaTopic.<name>.yaml`, which is shorter than Kafka's limit of 249.
    static let maxStreamLength = min(NameRules.maxTopicLength, maxFileName - "KafkaTopic..yaml".count)

    static let stream = NameKind(
        what: "stream name",
        rule: "a stream is a Kafka topic and the file manifests/KafkaTopic.<name>.yaml: 1 to \(maxStreamLength) ASCII letters, digits, '.', '_' and '-'",
        problem: { NameRules.topicProblem($0, maxLength: maxStreamLength) })

    static func sparkJob(scheduled: Bool) -> NameKind {
        let limit = NameRules.maxLabelLength - (scheduled ? scheduledRunSuffix.count : 0)
        let why = scheduled
            ? "; a scheduled job's runs are named <name>\(scheduledRunSuffix.prefix(1))<19-digit timestamp>, so at most \(limit) characters"
            : ", at most \(limit) characters"
        return NameKind(
            what: "Spark job name", rule: "a Spark job names its SparkApplication and the label sparkoperator.k8s.io/app-name\(why)",
            problem: { NameRules.objectNameProblem($0, maxLength: limit) })
    }

    static let flinkJob = NameKind(
        what: "Flink job name",
        rule: "a Flink job names its FlinkDeployment, which Flink uses as kubernetes.cluster-id: a letter first, at most \(maxFlinkClusterID) characters",
        problem: { NameRules.objectNameProblem($0, maxLength: maxFlinkClusterID, letterFirst: true) })

    static func cdcSource(postgres: Bool) -> NameKind {
        let limit = NameRules.maxLabelLength - (postgres ? publicationSuffix.count : 0)
        let slot = postgres ? ", and the replication slot whose publication is <slot>\(publicationSuffix)" : ""
        return NameKind(
            what: "CDC source name", rule: "a CDC source names its KafkaConnector, the topic prefix\(slot): at most \(limit) characters",
            problem: { NameRules.objectNameProblem($0, maxLength: limit) })
    }

    static let dag = NameKind(
        what: "DAG name", rule: "a DAG is an Airflow dag_id and the file airflow/dags/<name>.py",
        problem: { NameRules.airflowIDProblem($0) ?? NameRules.fileNameProblem($0) })

    static let task = NameKind(what: "task id", rule: "a task id is an Airflow task_id", problem: NameRules.airflowIDProblem)

    static let catalog = NameKind(
        what: "catalog name", rule: "the catalog is a Spark property key, a Trino catalog (<name>.properties) and a SQL identifier",
        problem: { NameRules.identifierProblem($0, maxLength: NameRules.maxLabelLength) })

    /// Table namespaces and names: SQL identifiers and parts of `sql/<namespace>.<table>.sql`, within 255 bytes.
    static func table(_ what: String) -> NameKind {
        NameKind(
            what: what, rule: "tables are SQL identifiers and files sql/<namespace>.<table>.sql: at most 125 characters each",
            problem: { NameRules.identifierProblem($0, maxLength: 125, uppercase: true) })
    }

    static func database(prepared: Bool) -> NameKind {
        let limit = NameRules.maxLabelLength - (prepared ? preparedUserSuffix.count : 0)
        let users = prepared ? "; with pgvector the operator adds users <name>\(preparedUserSuffix)" : ""
        return NameKind(
            what: "database name", rule: "a database and its owner role are PostgreSQL identifiers of at most 63 bytes\(users)",
            problem: { NameRules.identifierProblem($0, maxLength: limit) })
    }

    static let secret = NameKind(
        what: "Secret name", rule: "a Kubernetes Secret name is a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', at most 253",
        problem: NameRules.subdomainProblem)

    static let bucket = NameKind(
        what: "bucket name", rule: "S3 bucket names have 3 to 63 lowercase letters, digits, '.' and '-' (AWS's rules, which MinIO follows)",
        problem: NameRules.bucketProblem)

    static let host = NameKind(
        what: "host", rule: "give a host name or IPv4 address only; the port goes in `port` and credentials in `credentialsSecret`",
        problem: NameRules.hostProblem)

    static let version = NameKind(
        what: "version", rule: "a version is also an image tag: letters, digits, '.', '_' and '-', at most 128 characters",
        problem: { NameRules.wordProblem($0, allowed: NameRules.letters + NameRules.digits + "._-", allowedText: "letters, digits, '.', '_' and '-'", maxLength: 128) })

    static let image = NameKind(
        what: "image", rule: "an image reference such as registry.example.com/team/app:1.2 or app@sha256:…",
        problem: { NameRules.wordProblem($0, allowed: NameRules.letters + NameRules.digits + "._-/:@", allowedText: "letters, digits and . _ - / : @", maxLength: 255) })

    static let location = NameKind(
        what: "location", rule: "a URI such as s3a://datalake/jobs/etl.py, without spaces", problem: { text in
            text.isEmpty ? "is empty" : text.contains(where: \.isWhitespace) ? "contains whitespace" : nil
        })

    static let includeListEntry = NameKind(
        what: "include-list entry", rule: "Debezium joins the entries into a comma-separated include list", problem: { text in
            text.isEmpty ? "is empty" : text.contains(",") ? "contains ','" : text.contains(where: \.isWhitespace) ? "contains whitespace" : nil
        })

    static let columnType = NameKind(
        what: "column type", rule: "an Iceberg type such as string, decimal(10, 2) or map<string, string>",
        problem: { NameRules.wordProblem($0, allowed: NameRules.letters + NameRules.digits + "_<>,:()[] ", allowedText: "letters, digits, spaces and _ < > , : ( ) [ ]", maxLength: 1_000) })
}
