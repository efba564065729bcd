import LakeModel

/// The Secrets the manifests reference, by name and key; Lakeform never writes their values. Some
/// are the operator's own (Strimzi's cluster CA, Zalando's role credentials) and are listed so that
/// readers know where a reference points.
enum ManifestSecrets {
    static func all(_ context: EmitContext) -> [SecretReference] {
        s3(context) + debezium(context) + strimziCA(context) + postgres(context) + fastapi(context) + minioMetrics(context)
    }

    /// The bearer token of the MinIO ServiceMonitor, when the lake scrapes MinIO.
    static func minioMetrics(_ context: EmitContext) -> [SecretReference] {
        guard MonitorManifests.objects(context).contains(where: { $0[path: "kind"] == "ServiceMonitor" }) else { return [] }
        return [SecretReference(
            name: MonitorManifests.minioMetricsSecret(context.name), keys: [MonitorManifests.minioMetricsKey],
            readers: ["prometheus (ServiceMonitor \(ManifestNames.minioTenant(context.name)))"],
            purpose: "bearer token for MinIO's metrics: the output of `mc admin prometheus generate <alias>` for the tenant")]
    }

    static func s3(_ context: EmitContext) -> [SecretReference] {
        guard context.lake.minio != nil else { return [] }
        let spark = SparkManifests.objects(context).map(reader)
        let flink = FlinkManifests.objects(context).map(reader)
        let kafka = context.lake.kafka.flatMap { KafkaTieredStorage.cluster(context, $0) }.map { _ in ["Kafka \(ManifestNames.kafkaCluster(context.name))"] } ?? []
        guard !(spark + flink + kafka).isEmpty else { return [] }
        return [SecretReference(name: ManifestNames.s3Credentials(context.name), keys: ManifestNames.s3Keys, readers: spark + flink + kafka,
                                purpose: "MinIO access keys for Iceberg's S3FileIO, S3A, Flink checkpoints and Kafka's tiered segments (environment of the pods)")]
    }

    static func debezium(_ context: EmitContext) -> [SecretReference] {
        guard context.lake.connect != nil, let sources = context.lake.spec.components.debezium?.sources else { return [] }
        return Set(sources.map(\.credentialsSecret)).sorted().map { secret in
            SecretReference(
                name: secret, keys: ["username", "password"],
                readers: sources.filter { $0.credentialsSecret == secret }.map { "KafkaConnector \(ManifestNames.dns($0.name))" },
                purpose: "database login for Debezium, resolved inside Kafka Connect by Strimzi's KubernetesSecretConfigProvider")
        }
    }

    static func strimziCA(_ context: EmitContext) -> [SecretReference] {
        guard context.lake.connect != nil, context.lake.kafka != nil else { return [] }
        return [SecretReference(name: ManifestNames.kafkaClusterCA(context.name), keys: ["ca.crt"],
                                readers: ["KafkaConnect \(ManifestNames.connectCluster(context.name))"],
                                purpose: "created by Strimzi: the cluster CA that Connect trusts on the TLS listener")]
    }

    static func postgres(_ context: EmitContext) -> [SecretReference] {
        guard context.lake.postgres != nil, let spec = context.lake.spec.components.postgres else { return [] }
        let owned = PostgresManifests.ownedDatabases(context).map { database in
            let readers = database == ManifestNames.icebergDatabase && SparkConf.usesJDBCCatalog(context)
                ? SparkManifests.objects(context).map(reader) : ["applications of database \(database)"]
            return zalando(context, user: database, readers: readers)
        }
        let prepared = PostgresManifests.preparedDatabases(context, spec).flatMap { database in
            ["owner", "reader", "writer"].map { zalando(context, user: "\(database)_\($0)_user", readers: ["applications of database \(database)"]) }
        }
        return owned + prepared
    }

    static func fastapi(_ context: EmitContext) -> [SecretReference] {
        let keys = FastAPIManifests.secretKeys(context).map(\.key)
        guard context.lake.fastapi != nil, !keys.isEmpty else { return [] }
        return [SecretReference(name: FastAPIManifests.name(context), keys: keys,
                                readers: ["Deployment \(FastAPIManifests.name(context))"],
                                purpose: "connection URLs, with passwords, of the stores the API queries"
                                    + (context.lake.postgres?.pooler == nil ? "" : "; `database-url` names the pooler, \(PostgresManifests.poolerHost(context)):5432"))]
    }

    private static func zalando(_ context: EmitContext, user: String, readers: [String]) -> SecretReference {
        SecretReference(name: ManifestNames.postgresCredentials(user: user, lake: context.name), keys: ["username", "password"],
                        readers: readers, purpose: "created by the Zalando operator: login of role \(user)")
    }

    /// `Kind name` of an emitted object.
    private static func reader(_ object: YAMLValue) -> String {
        [object[path: "kind"], object[path: "metadata.name"]].compactMap { value -> String? in
            if case .string(let text) = value { return text }
            return nil
        }.joined(separator: " ")
    }
}
