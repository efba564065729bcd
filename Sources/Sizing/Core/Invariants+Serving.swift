import LakeModel

extension Invariants {
    /// Checks every deployed query, search and serving component of `lake`.
    static func checkServing(_ lake: ResolvedLake, _ ledger: Ledger) {
        let components = lake.spec.components
        if let trino = lake.trino { checkTrino(trino, ledger) }
        if let druid = lake.druid, let spec = components.druid {
            checkDruid(druid, spec, workload: lake.spec.workload, kafka: lake.kafka, ledger)
        }
        if let search = lake.elasticsearch { checkSearch(search, kind: .elasticsearch, ledger) }
        if let search = lake.opensearch { checkSearch(search, kind: .opensearch, ledger) }
        if let milvus = lake.milvus { checkMilvus(milvus, replicas: components.milvus?.replicas ?? 1, ledger) }
        if let redis = lake.redis { checkRedis(redis, persistence: components.redis?.persistence ?? false, ledger) }
        if let postgres = lake.postgres { checkPostgres(postgres, ledger) }
        if let monitoring = lake.monitoring, let spec = components.monitoring { checkMonitoring(monitoring, spec, ledger) }
    }

    static func checkTrino(_ trino: ResolvedTrino, _ ledger: Ledger) {
        checkHeap(trino.workerHeap, within: trino.worker, "trino.workerHeap", ledger)
        checkHeap(trino.coordinatorHeap, within: trino.coordinator, "trino.coordinatorHeap", ledger)
        if trino.maxMemoryPerNode + trino.heapHeadroomPerNode >= trino.workerHeap {
            ledger.error("invariant.trinoQueryMemory",
                         "query.max-memory-per-node \(trino.maxMemoryPerNode.memoryText) + heap headroom \(trino.heapHeadroomPerNode.memoryText) is not below the heap \(trino.workerHeap.memoryText)",
                         address: "trino.maxMemoryPerNode", notes: ["Trino refuses to start unless per-node query memory plus headroom is below the heap"])
        }
    }

    static func checkRedis(_ redis: ResolvedRedis, persistence: Bool, _ ledger: Ledger) {
        let fitting = RedisMemoryRule.fitting(memory: redis.resources.memoryLimit.value, persistence: persistence)
        if redis.maxMemory.value > fitting {
            ledger.error("invariant.redisMaxMemory",
                         "maxmemory \(redis.maxMemory.memoryText) exceeds the \(Bytes(fitting).memoryText) a \(redis.resources.memoryLimit.memoryText) container leaves "
                             + (persistence ? "(half, for fork copy-on-write)" : "(80%, for overhead and fragmentation)"),
                         address: "redis.maxMemory", notes: ["raise redis.memory or lower the cache size"])
        }
    }

    static func checkPostgres(_ postgres: ResolvedPostgres, _ ledger: Ledger) {
        let used = IntegerMath.sum([postgres.sharedBuffers.value, IntegerMath.product(postgres.maxConnections, postgres.workMem.value, PostgresSettingsRule.operationsPerConnection)])
            + postgres.maintenanceWorkMem.value
        if used > postgres.memory.value {
            ledger.error("invariant.postgresMemory",
                         "shared_buffers + \(postgres.maxConnections) connections × work_mem × 3 + maintenance_work_mem = \(Bytes(used).memoryText), "
                             + "more than \(postgres.memory.memoryText)",
                         address: "postgres.workMem", notes: ["lower max_connections (use PgBouncer) or raise postgres.memory"])
        }
    }

    static func checkMonitoring(_ monitoring: ResolvedMonitoring, _ spec: MonitoringSpec, _ ledger: Ledger) {
        if IntegerMath.percent(monitoring.storage.value, 85) < monitoring.retentionSize.value {
            ledger.error("invariant.prometheusRetentionSize", "retention.size \(monitoring.retentionSize) exceeds 85% of the \(monitoring.storage) volume",
                         address: "prometheus.retentionSize", notes: ["compaction needs free space beside the blocks"])
        }
        let shardSeries = IntegerMath.ceilDiv(monitoring.activeSeries, max(1, monitoring.shards))
        let samples = PrometheusStorageRule.samplesPerSecond(series: shardSeries, interval: spec.scrapeInterval.value)
        let needed = PrometheusStorageRule.disk(samplesPerSecond: samples, retention: spec.retention.value)
        if monitoring.retentionSize.value < needed {
            ledger.error("invariant.prometheusRetention",
                         "\(spec.retention) of \(shardSeries) series per shard needs \(Bytes(needed)), more than retention.size \(monitoring.retentionSize)",
                         address: "prometheus.storage", notes: ["Prometheus would drop data before the retention time; raise prometheus.storage"])
        }
    }
}
