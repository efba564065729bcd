@testable import LakeformDSL
import Testing

@Suite("Pin keys")
struct PinKeyTests {
    @Test("count keys carry the host's key strings")
    func countKeys() {
        let keys: [PinKey<Int>] = [
            .kafkaBrokers, .kafkaPartitions, .minioNodes, .minioDrivesPerNode, .sparkExecutors, .sparkExecutorCores,
            .flinkTaskManagers, .flinkSlots, .trinoWorkers, .druidHistoricals, .druidMiddleManagers,
            .elasticsearchNodes, .opensearchNodes, .milvusQueryNodes, .fastapiReplicas, .hasuraReplicas, .nifiNodes,
            .atlasReplicas,
        ]
        #expect(keys.map(\.name) == [
            "kafka.brokers", "kafka.partitions", "minio.nodes", "minio.drivesPerNode", "spark.executors",
            "spark.executorCores", "flink.taskManagers", "flink.slots", "trino.workers", "druid.historicals",
            "druid.middleManagers", "elasticsearch.nodes", "opensearch.nodes", "milvus.queryNodes",
            "fastapi.replicas", "hasura.replicas", "nifi.nodes", "atlas.replicas",
        ])
    }

    @Test("size keys carry the host's key strings")
    func sizeKeys() {
        let keys: [PinKey<ByteCount>] = [
            .kafkaBrokerMemory, .kafkaBrokerStorage, .minioDriveSize, .sparkExecutorMemory, .flinkTaskManagerMemory,
            .trinoWorkerMemory, .elasticsearchMemory, .opensearchMemory, .milvusQueryNodeMemory, .redisMemory,
            .postgresMemory, .prometheusStorage,
        ]
        #expect(keys.map(\.name) == [
            "kafka.brokerMemory", "kafka.brokerStorage", "minio.driveSize", "spark.executorMemory",
            "flink.taskManagerMemory", "trino.workerMemory", "elasticsearch.memory", "opensearch.memory",
            "milvus.queryNodeMemory", "redis.memory", "postgres.memory", "prometheus.storage",
        ])
    }

    @Test("pins encode counts as is and sizes in bytes, in declaration order")
    func pins() {
        let (_, lake) = evaluateLake {
            minimalWorkload
            Pin(.kafkaBrokers, 12, reason: "two per rack")
            Pin(.kafkaBrokerStorage, .terabytes(16))
        }
        #expect(lake?.pins == [
            Wire.Pin(key: "kafka.brokers", value: Wire.Quantity(12), reason: "two per rack"),
            Wire.Pin(key: "kafka.brokerStorage", value: Wire.Quantity(16_000_000_000_000)),
        ])
    }
}
