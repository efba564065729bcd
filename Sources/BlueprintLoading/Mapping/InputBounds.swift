import LakeModel

/// Every numeric blueprint input's bounds: generous for a real lake, finite so that no sizing product can overflow.
/// The mapper checks them and `schemas/blueprint.schema.json` carries the same numbers (a test holds the two together).
public enum InputBounds {
    static let exabyte = 1_000_000_000_000_000_000
    static let petabyte = 1_000_000_000_000_000
    static let terabyte = 1_000_000_000_000
    static let gigabyte = 1_000_000_000
    static let year = 31_536_000

    /// Replicas, instances, nodes, workers and count pins.
    static let replicas = 1...10_000
    /// Parallelism, partitions and other per-task counts.
    static let parallelism = 1...100_000
    /// Volumes stored or moved per day.
    static let volume = 1...exabyte
    /// One component's memory, volume or drive.
    static let componentSize = 1...petabyte
    /// Retention of data.
    static let retention = 1...(100 * year)
    /// SLAs, target durations and intervals.
    static let duration = 1...year
    /// Money limits: up to a trillion dollars.
    static let money = 1...100_000_000_000_000

    // Workload
    public static let dataVolume = InputBound("workload", "dataVolume", volume, .bytes)
    public static let yearlyGrowthPercent = InputBound("workload", "yearlyGrowthPercent", 0...1_000, .percent)
    public static let horizonMonths = InputBound("workload", "horizon", 1...120)
    public static let activeUsers = InputBound("workload", "activeUsers", 1...100_000_000)
    public static let concurrentQueries = InputBound("workload", "concurrentQueries", 1...1_000_000)
    public static let scannedPerDay = InputBound("workload", "scannedPerDay", volume, .bytes)
    public static let batchPerDay = InputBound("workload", "batchPerDay", volume, .bytes)
    public static let logsPerDay = InputBound("workload", "logsPerDay", volume, .bytes)
    public static let eventsPerSecond = InputBound("ingest", "eventsPerSecond", 1...terabyte)
    public static let averageEventSize = InputBound("ingest", "averageEventSize", 1...gigabyte, .bytes)
    public static let ingestRate = InputBound("ingest", "rate", 1...terabyte, .bytesPerSecond)
    public static let peakPercent = InputBound("ingest", "peakPercent", 100...1_000, .percent)
    public static let vectorCount = InputBound("vectors", "count", 1...terabyte)
    public static let vectorDimensions = InputBound("vectors", "dimensions", 1...65_536)
    public static let streamShare = InputBound("stream", "sharePercent", 0...100, .percent)
    public static let streamRate = InputBound("stream", "rate", 1...terabyte, .bytesPerSecond)
    public static let streamEventsPerSecond = InputBound("stream", "eventsPerSecond", 1...terabyte)
    public static let streamEventSize = InputBound("stream", "eventSize", 1...gigabyte, .bytes)
    public static let streamRetention = InputBound("stream", "retention", retention, .seconds)
    public static let consumerGroups = InputBound("stream", "consumerGroups", replicas)
    public static let streamPartitions = InputBound("stream", "partitions", parallelism)

    // Storage and streaming components
    public static let minioNodes = InputBound("minio", "nodes", replicas)
    public static let minioDrivesPerNode = InputBound("minio", "drivesPerNode", 1...1_000)
    public static let minioDriveSize = InputBound("minio", "driveSize", componentSize, .bytes)
    public static let minioParity = InputBound("minio", "parity", 0...8)
    public static let minioFillTarget = InputBound("minio", "fillTargetPercent", 10...95, .percent)
    public static let postgresInstances = InputBound("postgres", "instances", replicas)
    public static let postgresMemory = InputBound("postgres", "memory", componentSize, .memory)
    public static let postgresVolume = InputBound("postgres", "volume", componentSize, .bytes)
    public static let postgresMaxConnections = InputBound("postgres", "maxConnections", 1...262_143)
    public static let kafkaReplicationFactor = InputBound("kafka", "replicationFactor", replicas)
    public static let kafkaMinInsyncReplicas = InputBound("kafka", "minInsyncReplicas", replicas)
    public static let kafkaControllers = InputBound("kafka", "controllers", 3...5)
    public static let kafkaZones = InputBound("kafka", "zones", 1...100)
    public static let nifiNodes = InputBound("nifi", "nodes", replicas)
    public static let connectWorkers = InputBound("debezium", "connectWorkers", replicas)
    public static let cdcPort = InputBound("cdcSource", "port", 1...65_535)

    // Processing components
    public static let sparkInputShare = InputBound("sparkJob", "inputSharePercent", 1...100, .percent)
    public static let sparkTargetDuration = InputBound("sparkJob", "targetDuration", duration, .seconds)
    public static let flinkParallelism = InputBound("flinkJob", "parallelism", parallelism)
    public static let dagRetries = InputBound("dag", "retries", 0...1_000)

    // Query, search and serving components
    public static let trinoQuerySLA = InputBound("trino", "querySLA", duration, .seconds)
    public static let trinoWorkerMemory = InputBound("trino", "workerMemory", componentSize, .memory)
    public static let druidHotRetention = InputBound("druid", "hotRetention", retention, .seconds)
    public static let druidReplicants = InputBound("druid", "replicants", replicas)
    public static let searchRetention = InputBound("searchCluster", "retention", retention, .seconds)
    public static let searchReplicas = InputBound("searchCluster", "replicas", 0...10_000)
    public static let searchNodes = InputBound("searchCluster", "nodes", replicas)
    public static let milvusHnswM = InputBound("milvus", "hnswM", 1...2_048)
    public static let milvusIvfNlist = InputBound("milvus", "ivfNlist", 1...65_536)
    public static let milvusReplicas = InputBound("milvus", "replicas", replicas)
    public static let fastapiRequestsPerSecond = InputBound("fastapi", "requestsPerSecond", 1...100_000_000)
    public static let fastapiRequestsPerReplica = InputBound("fastapi", "requestsPerReplica", 1...1_000_000)
    public static let hasuraReplicas = InputBound("hasura", "replicas", replicas)
    public static let redisMaxMemory = InputBound("redis", "maxMemory", componentSize, .memory)
    public static let redisReplicas = InputBound("redis", "replicas", replicas)
    public static let monitoringRetention = InputBound("monitoring", "retention", retention, .seconds)
    public static let monitoringActiveSeries = InputBound("monitoring", "activeSeries", 1...1_000_000_000)
    public static let monitoringScrapeInterval = InputBound("monitoring", "scrapeInterval", duration, .seconds)
    public static let atlasReplicas = InputBound("atlas", "replicas", replicas)

    // Cost policy
    public static let maxMonthlyCost = InputBound("costPolicy", "maxMonthlyCost", money, .cents)
    public static let maxCostPerTB = InputBound("costPolicy", "maxCostPerTB", money, .cents)

    /// Every bound above; the schema test walks this list.
    public static let all: [InputBound] = [
        dataVolume, yearlyGrowthPercent, horizonMonths, activeUsers, concurrentQueries, scannedPerDay, batchPerDay, logsPerDay,
        eventsPerSecond, averageEventSize, ingestRate, peakPercent, vectorCount, vectorDimensions,
        streamShare, streamRate, streamEventsPerSecond, streamEventSize, streamRetention, consumerGroups, streamPartitions,
        minioNodes, minioDrivesPerNode, minioDriveSize, minioParity, minioFillTarget,
        postgresInstances, postgresMemory, postgresVolume, postgresMaxConnections,
        kafkaReplicationFactor, kafkaMinInsyncReplicas, kafkaControllers, kafkaZones, nifiNodes, connectWorkers, cdcPort,
        sparkInputShare, sparkTargetDuration, flinkParallelism, dagRetries,
        trinoQuerySLA, trinoWorkerMemory, druidHotRetention, druidReplicants, searchRetention, searchReplicas, searchNodes,
        milvusHnswM, milvusIvfNlist, milvusReplicas, fastapiRequestsPerSecond, fastapiRequestsPerReplica, hasuraReplicas,
        redisMaxMemory, redisReplicas, monitoringRetention, monitoringActiveSeries, monitoringScrapeInterval, atlasReplicas,
        maxMonthlyCost, maxCostPerTB,
    ]

    /// The largest value a pin of `unit` may take: counts like replicas (partitions like parallelism), sizes like
    /// one component's memory or drive, durations like retention.
    public static func pinRange(_ key: PinKey) -> ClosedRange<Int> {
        switch key.unit {
        case .count: key == .kafkaPartitions ? parallelism : replicas
        case .bytes, .memory: componentSize
        case .seconds: retention
        }
    }

    /// The bound of a pin, described in its own unit.
    static func pinBound(_ key: PinKey) -> InputBound {
        let unit: InputBound.Unit = switch key.unit {
        case .count: .count
        case .bytes: .bytes
        case .memory: .memory
        case .seconds: .seconds
        }
        return InputBound("pin", key.name, pinRange(key), unit)
    }
}
