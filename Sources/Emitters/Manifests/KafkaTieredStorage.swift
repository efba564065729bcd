import LakeModel

/// KIP-405 tiered storage through Strimzi's `spec.kafka.tieredStorage` (type `custom`) with Aiven's S3 remote storage manager
/// pointed at the lake's MinIO bucket, and the per-topic `remote.storage.enable` / `local.retention.ms`. The plugin is not in
/// Strimzi's stock image: the broker image must add it under `classPath`.
enum KafkaTieredStorage {
    static let remoteStorageManager = "io.aiven.kafka.tieredstorage.RemoteStorageManager"
    static let classPath = "/opt/kafka/plugins/tiered-storage/*"
    /// Aiven's default upload chunk (4 MiB); the plugin requires it to be set.
    static let chunkSize = 4 << 20

    /// `spec.kafka.tieredStorage`, or nil when no topic is tiered or the lake has no MinIO.
    static func cluster(_ context: EmitContext, _ kafka: ResolvedKafka) -> YAMLValue? {
        guard kafka.tiered, let minio = context.lake.spec.components.minio, context.lake.minio != nil else { return nil }
        return [
            "type": "custom",
            "remoteStorageManager": [
                "className": .string(remoteStorageManager),
                "classPath": .string(classPath),
                "config": [
                    "storage.backend.class": "io.aiven.kafka.tieredstorage.storage.s3.S3Storage",
                    "storage.s3.endpoint.url": .string(ManifestNames.minioEndpoint(namespace: context.namespace)),
                    "storage.s3.bucket.name": .string(minio.bucket),
                    "storage.s3.region": "us-east-1",
                    "storage.s3.path.style.access.enabled": "true",
                    "key.prefix": "kafka/",
                    "chunk.size": .string(String(chunkSize)),
                ],
            ],
        ]
    }

    /// The broker container's MinIO keys, read by the AWS SDK's default credentials chain.
    static func credentials(_ context: EmitContext) -> YAMLValue {
        .list(ManifestNames.s3Keys.map { key in
            ["name": .string(key), "valueFrom": ["secretKeyRef": ["name": .string(ManifestNames.s3Credentials(context.name)), "key": .string(key)]]]
        })
    }

    /// Topic settings: remote storage on and the local retention, for a tiered topic; nothing otherwise.
    static func topicConfig(_ topic: ResolvedTopic, cluster: YAMLValue?) -> [String: YAMLValue] {
        guard cluster != nil, topic.tiered else { return [:] }
        return ["remote.storage.enable": true, "local.retention.ms": .int(topic.localRetention.value * 1_000)]
    }
}
