/// A setting a blueprint may pin, typed by its value: `PinKey<Int>` counts, `PinKey<ByteCount>`
/// sizes. A misspelt key, or a size pinned as a count, does not compile. The host lists the same keys.
public struct PinKey<Value>: Sendable, Hashable {
    /// The key on the wire: component, then setting (`kafka.brokers`).
    public let name: String

    private init(_ name: String) {
        self.name = name
    }
}

extension PinKey where Value == Int {
    /// Kafka brokers in the broker pool (`kafka.brokers`).
    public static var kafkaBrokers: Self { Self("kafka.brokers") }
    /// Partitions of every topic (`kafka.partitions`).
    public static var kafkaPartitions: Self { Self("kafka.partitions") }
    /// MinIO servers (`minio.nodes`).
    public static var minioNodes: Self { Self("minio.nodes") }
    /// Drives per MinIO server (`minio.drivesPerNode`).
    public static var minioDrivesPerNode: Self { Self("minio.drivesPerNode") }
    /// Executors of every Spark job (`spark.executors`).
    public static var sparkExecutors: Self { Self("spark.executors") }
    /// Cores per Spark executor (`spark.executorCores`).
    public static var sparkExecutorCores: Self { Self("spark.executorCores") }
    /// Flink TaskManagers per job (`flink.taskManagers`).
    public static var flinkTaskManagers: Self { Self("flink.taskManagers") }
    /// Task slots per Flink TaskManager (`flink.slots`).
    public static var flinkSlots: Self { Self("flink.slots") }
    /// Trino workers (`trino.workers`).
    public static var trinoWorkers: Self { Self("trino.workers") }
    /// Druid Historical nodes (`druid.historicals`).
    public static var druidHistoricals: Self { Self("druid.historicals") }
    /// Druid MiddleManagers (`druid.middleManagers`).
    public static var druidMiddleManagers: Self { Self("druid.middleManagers") }
    /// Elasticsearch data nodes (`elasticsearch.nodes`).
    public static var elasticsearchNodes: Self { Self("elasticsearch.nodes") }
    /// OpenSearch data nodes (`opensearch.nodes`).
    public static var opensearchNodes: Self { Self("opensearch.nodes") }
    /// Milvus query nodes (`milvus.queryNodes`).
    public static var milvusQueryNodes: Self { Self("milvus.queryNodes") }
    /// FastAPI replicas (`fastapi.replicas`).
    public static var fastapiReplicas: Self { Self("fastapi.replicas") }
    /// Hasura replicas (`hasura.replicas`).
    public static var hasuraReplicas: Self { Self("hasura.replicas") }
    /// NiFi nodes (`nifi.nodes`).
    public static var nifiNodes: Self { Self("nifi.nodes") }
    /// Atlas replicas (`atlas.replicas`).
    public static var atlasReplicas: Self { Self("atlas.replicas") }
}

extension PinKey where Value == ByteCount {
    /// Memory of each Kafka broker (`kafka.brokerMemory`).
    public static var kafkaBrokerMemory: Self { Self("kafka.brokerMemory") }
    /// Volume of each Kafka broker (`kafka.brokerStorage`).
    public static var kafkaBrokerStorage: Self { Self("kafka.brokerStorage") }
    /// Size of each MinIO drive (`minio.driveSize`).
    public static var minioDriveSize: Self { Self("minio.driveSize") }
    /// Memory of each Spark executor (`spark.executorMemory`).
    public static var sparkExecutorMemory: Self { Self("spark.executorMemory") }
    /// Memory of each Flink TaskManager (`flink.taskManagerMemory`).
    public static var flinkTaskManagerMemory: Self { Self("flink.taskManagerMemory") }
    /// Memory of each Trino worker (`trino.workerMemory`).
    public static var trinoWorkerMemory: Self { Self("trino.workerMemory") }
    /// Memory of each Elasticsearch data node (`elasticsearch.memory`).
    public static var elasticsearchMemory: Self { Self("elasticsearch.memory") }
    /// Memory of each OpenSearch data node (`opensearch.memory`).
    public static var opensearchMemory: Self { Self("opensearch.memory") }
    /// Memory of each Milvus query node (`milvus.queryNodeMemory`).
    public static var milvusQueryNodeMemory: Self { Self("milvus.queryNodeMemory") }
    /// Memory of each Redis node (`redis.memory`).
    public static var redisMemory: Self { Self("redis.memory") }
    /// Memory of each PostgreSQL instance (`postgres.memory`).
    public static var postgresMemory: Self { Self("postgres.memory") }
    /// Prometheus volume (`prometheus.storage`).
    public static var prometheusStorage: Self { Self("prometheus.storage") }
}
