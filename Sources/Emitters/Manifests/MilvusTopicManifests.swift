import LakeModel

/// The `KafkaTopic`s Milvus writes its DML channels to when it uses the lake's Kafka: the cluster
/// does not create topics on demand (`auto.create.topics.enable: false`), and Milvus's messages
/// reach 10 MiB, so each topic allows `max.message.bytes` 10485760 as the Milvus chart's own
/// Kafka does (`maxMessageBytes`).
enum MilvusTopicManifests {
    static let maxMessageBytes = 10_485_760

    static func objects(_ context: EmitContext) -> [YAMLValue] {
        guard let kafka = context.lake.kafka, let milvus = context.lake.milvus, milvus.messageQueue == .lakeKafka else { return [] }
        return milvus.logTopics.map {
            KafkaManifests.topic(context, kafka, $0).merging(["spec": ["config": ["max.message.bytes": .int(maxMessageBytes)]]])
        }
    }
}
