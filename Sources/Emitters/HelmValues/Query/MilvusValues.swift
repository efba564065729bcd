import LakeModel

/// Milvus (zilliztech/milvus-helm `milvus` 5.0.19, Milvus 2.6.15) in cluster mode: query nodes from
/// `ResolvedMilvus`, the fixed parts (mixCoord, proxies, data nodes, etcd) from its pod groups,
/// and the lake's MinIO as external S3 instead of the chart's own MinIO.
///
/// - Object storage: `externalS3` points at the lake's MinIO with an empty key pair in the chart's
///   ConfigMap; every Milvus process gets `MINIO_ACCESS_KEY_ID`/`MINIO_SECRET_ACCESS_KEY` from the
///   lake's S3 Secret, which Milvus's environment source reads over `minio.accessKeyID` /
///   `minio.secretAccessKey` (so the keys never sit in the ConfigMap).
/// - etcd: the chart's Bitnami etcd subchart (requirements.yaml, etcd 8.12.0) with the resolved
///   members, resources and volume; `etcd.resources` is the subchart's own key, passed through.
///   etcd requires authentication (`ServingHardening.milvus`): its root password comes from the
///   Secret `<lake>-milvus-etcd`, which every Milvus process reads as `ETCD_AUTH_PASSWORD`.
/// - Message queue: with the lake's Kafka, Milvus's `externalKafka` points at the Strimzi bootstrap
///   Service's plain listener and the bundled Pulsar is off. Without it the chart's Pulsar v3 subchart
///   runs with every component's resolved requests and memory limit (`MilvusPulsarValues`).
/// - Streaming nodes: the resolved replicas and resources.
enum MilvusValues {
    /// Milvus processes that read object storage get the S3 key pair.
    static let components = ["dataNode", "mixCoordinator", "proxy", "queryNode", "streamingNode"]
    /// The prefix under the lake's bucket that Milvus owns.
    static let rootPath = "milvus"
    /// The Secret with etcd's root password, and its key (the subchart's `auth.rbac.existingSecret`).
    static func etcdSecret(_ lake: String) -> String { "\(lake)-milvus-etcd" }
    static let etcdPasswordKey = "etcd-root-password"

    static func charts(_ context: EmitContext) -> [ServingChart] {
        guard let milvus = context.lake.milvus else { return [] }
        let env = YAMLValue.list(ServingFormats.s3Env(context, accessKey: "MINIO_ACCESS_KEY_ID", secretKey: "MINIO_SECRET_ACCESS_KEY")
            + etcdAuthEnv(context.name))
        var values: [String: YAMLValue] = [
            "cluster": ["enabled": true],
            "minio": ["enabled": false],
            "externalS3": [
                "enabled": true,
                "host": .string(LakeConventions.s3Host(context)),
                "port": .string(String(LakeConventions.s3Port)),
                "useSSL": false,
                "bucketName": .string(LakeConventions.bucket(context)),
                "rootPath": .string(rootPath),
                "accessKey": "",
                "secretKey": "",
                "region": .string(LakeConventions.s3Region),
            ],
        ]
        var components: [String: [String: YAMLValue]] = [:]
        for name in Self.components { components[name] = ["extraEnv": env] }
        components["queryNode", default: [:]]["replicas"] = .int(milvus.queryNodes)
        components["queryNode", default: [:]]["resources"] = ServingFormats.resources(milvus.queryNode, clearCPULimit: false)
        for (key, group) in [("mixCoordinator", "milvus-mixcoord"), ("proxy", "milvus-proxy"), ("dataNode", "milvus-datanode"),
                             ("streamingNode", "milvus-streamingnode")] {
            guard let pods = ServingFormats.group(milvus.pods, group) else { continue }
            components[key, default: [:]]["replicas"] = .int(pods.replicas)
            components[key, default: [:]]["resources"] = ServingFormats.resources(pods.resources, clearCPULimit: false)
            // The chart runs several coordinators only as active and standbys.
            if key == "mixCoordinator", pods.replicas > 1 { components[key, default: [:]]["activeStandby"] = ["enabled": true] }
        }
        for (key, settings) in components { values[key] = .map(settings) }
        if let etcd = ServingFormats.group(milvus.pods, "milvus-etcd") {
            var settings: [String: YAMLValue] = [
                "replicaCount": .int(etcd.replicas), "resources": ServingFormats.resources(etcd.resources, clearCPULimit: false),
            ]
            if let volume = etcd.storagePerReplica { settings["persistence"] = ["size": Kubernetes.quantity(volume)] }
            values["etcd"] = .map(settings)
        }
        switch milvus.messageQueue {
        case .lakeKafka:
            values["pulsarv3"] = ["enabled": false]
            values["externalKafka"] = [
                "enabled": true, "brokerList": .string(ManifestNames.kafkaBootstrap(context.name, tls: false)), "securityProtocol": "PLAINTEXT",
            ]
        case .pulsar:
            values["pulsarv3"] = MilvusPulsarValues.values(milvus)
        }
        let secrets = [
            LakeConventions.s3SecretReference(context, readers: ["milvus (object storage)"]),
            SecretReference(name: etcdSecret(context.name), keys: [etcdPasswordKey], readers: ["milvus", "milvus etcd"],
                            purpose: "the root password of Milvus's etcd, which requires authentication"),
        ]
        let release = PinnedChart.milvus.release("milvus", context, phase: .query, needs: LakeConventions.storageNeeds(context, postgres: false))
        return [ServingChart(release: release, values: .map(values), secrets: secrets)]
    }

    /// Milvus reads `etcd.auth.*` from the environment: authentication on, as etcd's `root` user.
    static func etcdAuthEnv(_ lake: String) -> [YAMLValue] {
        [
            ["name": "ETCD_AUTH_ENABLED", "value": "true"],
            ["name": "ETCD_AUTH_USERNAME", "value": "root"],
            ["name": "ETCD_AUTH_PASSWORD", "valueFrom": ["secretKeyRef": ["name": .string(etcdSecret(lake)), "key": .string(etcdPasswordKey)]]],
        ]
    }
}
