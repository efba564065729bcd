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
    public static var kafkaBrokers: Self { Self("kafka.brokers") }
    public static var kafkaPartitions: Self { Self("kafka.partitions") }
    public static var minioNodes: Self { Self("minio.nodes") }
    public static var minioDrivesPerNode: Self { Self("minio.drivesPerNode") }
    public static var sparkExecutors: Self { Self("spark.executors") }
    public static var sparkExecutorCores: Self { Self("spark.executorCores") }
    public static var flinkTaskManagers: Self { Self("flink.taskManagers") }
    public static var flinkSlots: Self { Self("flink.slots") }
    public static var trinoWorkers: Self { Self("trino.workers") }
    public static var druidHistoricals: Self { Self("druid.historicals") }
    public static var druidMiddleManagers: Self { Self("druid.middleManagers") }
    public static var elasticsearchNodes: Self { Self("elasticsearch.nodes") }
    public static var opensearchNodes: Self { Self("opensearch.nodes") }
    public static var milvusQueryNodes: Self { Self("milvus.queryNodes") }
    public static var fastapiReplicas: Self { Self("fastapi.replicas") }
    public static var hasuraReplicas: Self { Self("hasura.replicas") }
    public static var nifiNodes: Self { Self("nifi.nodes") }
    public static var atlasReplicas: Self { Self("atlas.replicas") }
}

extension PinKey where Value == ByteCount {
    public static var kafkaBrokerMemory: Self { Self("kafka.brokerMemory") }
    public static var kafkaBrokerStorage: Self { Self("kafka.brokerStorage") }
    public static var minioDriveSize: Self { Self("minio.driveSize") }
    public static var sparkExecutorMemory: Self { Self("spark.executorMemory") }
    public static var flinkTaskManagerMemory: Self { Self("flink.taskManagerMemory") }
    public static var trinoWorkerMemory: Self { Self("trino.workerMemory") }
    public static var elasticsearchMemory: Self { Self("elasticsearch.memory") }
    public static var opensearchMemory: Self { Self("opensearch.memory") }
    public static var milvusQueryNodeMemory: Self { Self("milvus.queryNodeMemory") }
    public static var redisMemory: Self { Self("redis.memory") }
    public static var postgresMemory: Self { Self("postgres.memory") }
    public static var prometheusStorage: Self { Self("prometheus.storage") }
}
