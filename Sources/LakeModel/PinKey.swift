/// A value a blueprint may pin, with its unit and the lowest value that is still safe.
public struct PinKey: Hashable, Sendable, CustomStringConvertible {
    /// The unit a pinned value is counted in: `bytes` for disk sizes (decimal), `memory` for RAM (binary, docs/units.md).
    public enum Unit: String, Sendable {
        case count, bytes, memory, seconds
    }

    /// `kafka.brokers`: component, then setting.
    public let name: String
    public let unit: Unit
    /// The component this pin belongs to; it must be declared for the pin to apply.
    public let component: ComponentKind
    /// The smallest safe value and why; pins below it are errors.
    public let floor: Int
    public let floorReason: String

    public var description: String { name }

    init(_ name: String, _ component: ComponentKind, _ unit: Unit, floor: Int, because floorReason: String) {
        self.name = name
        self.component = component
        self.unit = unit
        self.floor = floor
        self.floorReason = floorReason
    }

    /// The key named `name`, if there is one.
    public static func named(_ name: String) -> PinKey? { all.first { $0.name == name } }
}

extension PinKey {
    private static let gib = 1 << 30
    private static let oneReplica = "at least one replica is needed to run the component"

    public static let kafkaBrokers = PinKey(
        "kafka.brokers", .kafka, .count, floor: 3,
        because: "replication factor 3 with min.insync.replicas 2 needs at least 3 brokers (Kafka docs, min.insync.replicas)")
    public static let kafkaPartitions = PinKey("kafka.partitions", .kafka, .count, floor: 1, because: "a topic needs a partition")
    public static let kafkaBrokerMemory = PinKey(
        "kafka.brokerMemory", .kafka, .memory, floor: 2 * gib,
        because: "Strimzi gives the heap 50% of the container; below 2 GiB a broker has no page cache left")
    public static let kafkaBrokerStorage = PinKey(
        "kafka.brokerStorage", .kafka, .bytes, floor: 10 * 1_000_000_000, because: "log segments need room to roll")
    public static let minioNodes = PinKey(
        "minio.nodes", .minio, .count, floor: 4,
        because: "MinIO's production checklist asks for at least 4 hosts per pool")
    public static let minioDrivesPerNode = PinKey("minio.drivesPerNode", .minio, .count, floor: 1, because: "a node needs a drive")
    public static let minioDriveSize = PinKey(
        "minio.driveSize", .minio, .bytes, floor: 1_000_000_000_000, because: "drives below 1 TB make petabyte pools unmanageable")
    public static let sparkExecutors = PinKey("spark.executors", .spark, .count, floor: 1, because: oneReplica)
    public static let sparkExecutorCores = PinKey("spark.executorCores", .spark, .count, floor: 1, because: "an executor runs tasks on cores")
    public static let sparkExecutorMemory = PinKey(
        "spark.executorMemory", .spark, .memory, floor: 1 * gib, because: "Spark reserves 300 MiB of every executor heap")
    public static let flinkTaskManagers = PinKey("flink.taskManagers", .flink, .count, floor: 1, because: oneReplica)
    public static let flinkSlots = PinKey("flink.slots", .flink, .count, floor: 1, because: "a TaskManager needs a slot")
    public static let flinkTaskManagerMemory = PinKey(
        "flink.taskManagerMemory", .flink, .memory, floor: 1 * gib,
        because: "Flink's fixed parts (metaspace 256 MiB, overhead ≥ 192 MiB, framework 256 MiB) need room")
    public static let trinoWorkers = PinKey("trino.workers", .trino, .count, floor: 1, because: oneReplica)
    public static let trinoWorkerMemory = PinKey(
        "trino.workerMemory", .trino, .memory, floor: 4 * gib, because: "Trino's heap headroom and query memory need a few GiB")
    public static let druidHistoricals = PinKey("druid.historicals", .druid, .count, floor: 1, because: oneReplica)
    public static let druidMiddleManagers = PinKey("druid.middleManagers", .druid, .count, floor: 1, because: oneReplica)
    public static let elasticsearchNodes = PinKey(
        "elasticsearch.nodes", .elasticsearch, .count, floor: 3, because: "a master quorum that survives one node needs 3 nodes")
    public static let elasticsearchMemory = PinKey(
        "elasticsearch.memory", .elasticsearch, .memory, floor: 2 * gib, because: "heap is at most half the container memory")
    public static let opensearchNodes = PinKey(
        "opensearch.nodes", .opensearch, .count, floor: 3, because: "a cluster-manager quorum that survives one node needs 3 nodes")
    public static let opensearchMemory = PinKey(
        "opensearch.memory", .opensearch, .memory, floor: 2 * gib, because: "heap is at most half the container memory")
    public static let milvusQueryNodes = PinKey("milvus.queryNodes", .milvus, .count, floor: 1, because: oneReplica)
    public static let milvusQueryNodeMemory = PinKey(
        "milvus.queryNodeMemory", .milvus, .memory, floor: 2 * gib, because: "a query node loads segments into memory")
    public static let redisMemory = PinKey("redis.memory", .redis, .memory, floor: 256 << 20, because: "Redis needs memory beyond maxmemory")
    public static let postgresMemory = PinKey(
        "postgres.memory", .postgres, .memory, floor: 1 * gib, because: "shared_buffers at 25% of RAM is meant for servers of 1 GB or more")
    public static let fastapiReplicas = PinKey("fastapi.replicas", .fastapi, .count, floor: 1, because: oneReplica)
    public static let hasuraReplicas = PinKey("hasura.replicas", .hasura, .count, floor: 1, because: oneReplica)
    public static let nifiNodes = PinKey("nifi.nodes", .nifi, .count, floor: 1, because: oneReplica)
    public static let atlasReplicas = PinKey("atlas.replicas", .atlas, .count, floor: 1, because: oneReplica)
    public static let prometheusStorage = PinKey(
        "prometheus.storage", .monitoring, .bytes, floor: 10 * 1_000_000_000, because: "the TSDB needs room for its WAL and compaction")

    /// Every key a blueprint may pin, in documentation order.
    public static let all: [PinKey] = [
        kafkaBrokers, kafkaPartitions, kafkaBrokerMemory, kafkaBrokerStorage,
        minioNodes, minioDrivesPerNode, minioDriveSize,
        sparkExecutors, sparkExecutorCores, sparkExecutorMemory,
        flinkTaskManagers, flinkSlots, flinkTaskManagerMemory,
        trinoWorkers, trinoWorkerMemory, druidHistoricals, druidMiddleManagers,
        elasticsearchNodes, elasticsearchMemory, opensearchNodes, opensearchMemory,
        milvusQueryNodes, milvusQueryNodeMemory, redisMemory, postgresMemory,
        fastapiReplicas, hasuraReplicas, nifiNodes, atlasReplicas, prometheusStorage,
    ]
}
