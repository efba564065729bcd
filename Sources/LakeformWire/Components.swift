extension Wire {
    /// The systems of the seed stack; each is optional and absent when the lake does not deploy it.
    public struct Components: Codable, Equatable, Sendable {
        public var minio: MinIO?
        public var iceberg: Iceberg?
        public var postgres: Postgres?
        public var kafka: Kafka?
        public var nifi: NiFi?
        public var debezium: Debezium?
        public var spark: Spark?
        public var flink: Flink?
        public var airflow: Airflow?
        public var trino: Trino?
        public var druid: Druid?
        public var elasticsearch: SearchCluster?
        public var opensearch: SearchCluster?
        public var milvus: Milvus?
        public var fastapi: FastAPI?
        public var hasura: Hasura?
        public var redis: Redis?
        public var monitoring: Monitoring?
        public var atlas: Atlas?

        public init(
            minio: MinIO? = nil, iceberg: Iceberg? = nil, postgres: Postgres? = nil, kafka: Kafka? = nil,
            nifi: NiFi? = nil, debezium: Debezium? = nil, spark: Spark? = nil, flink: Flink? = nil,
            airflow: Airflow? = nil, trino: Trino? = nil, druid: Druid? = nil,
            elasticsearch: SearchCluster? = nil, opensearch: SearchCluster? = nil, milvus: Milvus? = nil,
            fastapi: FastAPI? = nil, hasura: Hasura? = nil, redis: Redis? = nil,
            monitoring: Monitoring? = nil, atlas: Atlas? = nil
        ) {
            self.minio = minio
            self.iceberg = iceberg
            self.postgres = postgres
            self.kafka = kafka
            self.nifi = nifi
            self.debezium = debezium
            self.spark = spark
            self.flink = flink
            self.airflow = airflow
            self.trino = trino
            self.druid = druid
            self.elasticsearch = elasticsearch
            self.opensearch = opensearch
            self.milvus = milvus
            self.fastapi = fastapi
            self.hasura = hasura
            self.redis = redis
            self.monitoring = monitoring
            self.atlas = atlas
        }
    }
}
