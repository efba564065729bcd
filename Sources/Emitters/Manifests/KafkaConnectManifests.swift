import LakeModel

/// Kafka Connect for Debezium on Strimzi: the `KafkaConnect` cluster (TLS to the brokers, the
/// Kubernetes Secret config provider, the Debezium plugins built in) and one `KafkaConnector` per CDC
/// source; `ConnectSecretAccess` lets Connect read the sources' Secrets.
enum KafkaConnectManifests {
    /// Debezium release for every connector plugin; 3.x runs on Kafka 4.
    static let debeziumVersion = "3.6.1.Final"

    static func objects(_ context: EmitContext) -> [YAMLValue] {
        guard let connect = context.lake.connect, let kafka = context.lake.kafka,
              let kafkaSpec = context.lake.spec.components.kafka, let debezium = context.lake.spec.components.debezium
        else { return [] }
        return [cluster(context, connect, kafka, kafkaSpec, debezium)] + ConnectSecretAccess.objects(context, debezium)
            + debezium.sources.map { connector(context, connect, $0) }
    }

    static func cluster(
        _ context: EmitContext, _ connect: ResolvedConnect, _ kafka: ResolvedKafka, _ kafkaSpec: KafkaSpec, _ debezium: DebeziumSpec
    ) -> YAMLValue {
        let name = ManifestNames.connectCluster(context.name)
        let heap = YAMLValue.string(ManifestUnits.jvm(connect.heap))
        let databases = Set(debezium.sources.map(\.database)).sorted { $0.rawValue < $1.rawValue }
        let rf = YAMLValue.int(kafka.replicationFactor)
        let object = Kubernetes.object(
            apiVersion: KafkaManifests.apiVersion, kind: "KafkaConnect", name: name, namespace: context.namespace,
            labels: Kubernetes.labels(lake: context.name, component: "debezium"),
            body: ["spec": [
                "version": .string(kafkaSpec.version),
                "replicas": .int(connect.workers),
                "bootstrapServers": .string(ManifestNames.kafkaBootstrap(context.name, tls: true)),
                "tls": ["trustedCertificates": [["secretName": .string(ManifestNames.kafkaClusterCA(context.name)), "pattern": "*.crt"]]],
                "groupId": .string(name),
                "configStorageTopic": .string("\(name)-configs"),
                "offsetStorageTopic": .string("\(name)-offsets"),
                "statusStorageTopic": .string("\(name)-status"),
                "config": [
                    "config.providers": "secrets",
                    "config.providers.secrets.class": "io.strimzi.kafka.KubernetesSecretConfigProvider",
                    "config.storage.replication.factor": rf,
                    "offset.storage.replication.factor": rf,
                    "status.storage.replication.factor": rf,
                ],
                "resources": Kubernetes.resources(connect.resources),
                "jvmOptions": ["-Xms": heap, "-Xmx": heap],
                "metricsConfig": ["type": "strimziMetricsReporter"],
                "build": [
                    "output": ["type": "docker", "image": .string("\(name):\(kafkaSpec.version)-debezium-\(debeziumVersion)")],
                    "plugins": .list(databases.map(plugin)),
                ],
            ]])
        return object.merging(["metadata": ["annotations": ["strimzi.io/use-connector-resources": "true"]]])
    }

    /// The Debezium connector for one database type, resolved from Maven Central with its dependencies.
    static func plugin(_ database: CDCSourceSpec.Database) -> YAMLValue {
        [
            "name": .string("debezium-\(database.rawValue)-connector"),
            "artifacts": [[
                "type": "maven", "group": "io.debezium", "artifact": .string("debezium-connector-\(database.rawValue)"),
                "version": .string(debeziumVersion),
            ]],
        ]
    }

    static func connector(_ context: EmitContext, _ connect: ResolvedConnect, _ source: CDCSourceSpec) -> YAMLValue {
        Kubernetes.object(
            apiVersion: KafkaManifests.apiVersion, kind: "KafkaConnector", name: ManifestNames.dns(source.name),
            namespace: context.namespace,
            labels: Kubernetes.labels(lake: context.name, component: "debezium",
                                      extra: ["strimzi.io/cluster": ManifestNames.connectCluster(context.name)]),
            body: ["spec": [
                "class": .string(DebeziumConfig.connectorClass(source.database)),
                "tasksMax": .int(connect.tasksPerConnector),
                "config": .map(DebeziumConfig.config(source, context: context)),
            ]])
    }
}
