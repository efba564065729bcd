/// The systems a lake can deploy, named as in addresses (`lake.medium.kafka`).
public enum ComponentKind: String, CaseIterable, Hashable, Sendable, Codable {
    case minio, iceberg, postgres, kafka, nifi, debezium, spark, flink, airflow, trino, druid
    case elasticsearch, opensearch, milvus, fastapi, hasura, redis, monitoring, atlas
}
