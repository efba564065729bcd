import Diagnostics
import LakeformWire

/// The names a Swift blueprint writes, from the `LakeformDSL` module's public declarations: what swiftc's "cannot
/// find", "incorrect argument label", "extra argument" and "has no member" errors are matched against for a
/// did-you-mean. `DSLVocabularyTests` compares it with the module's symbol graph, so it cannot drift from the DSL.
enum DSLVocabulary {
    /// Each declaration's argument labels over all its initialisers, without `_` and the implicit `file:line:column:`.
    static let labels: [String: [String]] = [
        "ActiveUsers": ["reason"],
        "Airflow": ["executor"],
        "Atlas": ["replicas", "image"],
        "BatchPerDay": ["reason"],
        "Blueprint": [],
        "CDCSource": ["database", "host", "port", "databaseName", "tables", "credentialsSecret"],
        "Column": ["required"],
        "ConcurrentQueries": ["reason"],
        "DAG": ["schedule", "retries"],
        "DAGTask": ["sparkJob", "after"],
        "Debezium": ["connectWorkers"],
        "Druid": ["source", "hotRetention", "replicants"],
        "Elasticsearch": ["retention", "replicas", "nodes", "dashboards"],
        "EventStream": ["sharePercent", "retention", "consumerGroups", "partitions", "keyed", "reason", "rate", "eventsPerSecond", "eventSize"],
        "FastAPI": ["image", "requestsPerSecond", "requestsPerReplica"],
        "Flink": ["version", "image"],
        "FlinkJob": ["source", "jarURI", "parallelism", "stateBackend", "sources"],
        "Guardrails": ["maxMonthlyCost", "maxCostPerTB"],
        "Hasura": ["replicas", "secret"],
        "Horizon": ["months", "reason"],
        "Iceberg": ["catalog", "type", "warehouse"],
        "Ingest": ["eventsPerSecond", "averageEventSize", "peakPercent", "reason", "rate"],
        "Kafka": ["version", "replicationFactor", "minInsyncReplicas", "controllers", "zones"],
        "Lake": ["tier", "namespace"],
        "LogsPerDay": ["reason"],
        "Milvus": ["index", "hnswM", "ivfNlist", "replicas"],
        "MinIO": ["nodes", "drivesPerNode", "driveSize", "media", "parity", "fillTargetPercent", "bucket"],
        "Monitoring": ["retention", "activeSeries", "scrapeInterval", "grafana"],
        "NiFi": ["nodes"],
        "OpenSearch": ["retention", "replicas", "nodes", "dashboards"],
        "Pin": ["reason"],
        "Postgres": ["instances", "pgvector", "databases", "memory", "volume", "maxConnections", "version"],
        "PriceBook": ["path"],
        "Redis": ["architecture", "maxMemory", "persistence", "replicas"],
        "ScannedPerDay": ["reason"],
        "Spark": ["version", "image"],
        "SparkJob": ["language", "application", "inputSharePercent", "targetDuration", "schedule"],
        "Table": ["namespace", "partitionBy", "properties"],
        "Trino": ["querySLA", "workerMemory"],
        "Vectors": ["count", "dimensions", "reason"],
        "Workload": ["dataVolume", "reason"],
        "YearlyGrowth": ["percent", "reason"],
    ]

    /// The public types that blueprints do not call as declarations.
    static let otherTypes = [
        "ByteCount", "ByteRate", "ColumnType", "Declaration", "DeclarationBuilder", "LakeBlock", "ListBlock", "Money",
        "PartitionTransform", "PinKey", "TimeSpan", "WorkloadBlock",
    ]

    /// The static members written with a leading dot (`.days(7)`, `.kafkaBrokers`), by type.
    static let staticMembers: [String: [String]] = [
        "ByteCount": ["bytes", "kilobytes", "megabytes", "gigabytes", "terabytes", "petabytes", "mebibytes", "gibibytes", "tebibytes"],
        "ByteRate": ["bytesPerSecond", "kilobytesPerSecond", "megabytesPerSecond", "gigabytesPerSecond"],
        "ColumnType": [
            "string", "int", "long", "float", "double", "boolean", "date", "time", "timestamp", "timestamptz", "uuid", "binary",
            "decimal", "list", "map",
        ],
        "Money": ["dollars", "cents"],
        "PartitionTransform": ["identity", "years", "months", "days", "hours", "bucket", "truncate"],
        "PinKey": [
            "kafkaBrokers", "kafkaPartitions", "minioNodes", "minioDrivesPerNode", "sparkExecutors", "sparkExecutorCores",
            "flinkTaskManagers", "flinkSlots", "trinoWorkers", "druidHistoricals", "druidMiddleManagers", "elasticsearchNodes",
            "opensearchNodes", "milvusQueryNodes", "fastapiReplicas", "hasuraReplicas", "nifiNodes", "atlasReplicas",
            "kafkaBrokerMemory", "kafkaBrokerStorage", "minioDriveSize", "sparkExecutorMemory", "flinkTaskManagerMemory",
            "trinoWorkerMemory", "elasticsearchMemory", "opensearchMemory", "milvusQueryNodeMemory", "redisMemory",
            "postgresMemory", "prometheusStorage",
        ],
        "TimeSpan": ["seconds", "minutes", "hours", "days", "weeks"],
    ]

    /// The declaration that opens each block, by the block's type as swiftc spells it, without `Wire.`.
    static let blockOwners: [String: String] = [
        "LakeBlock": "Lake", "ListBlock<CDCSource>": "Debezium", "ListBlock<Column>": "Table", "ListBlock<DAG>": "Airflow",
        "ListBlock<DAGTask>": "DAG", "ListBlock<FlinkJob>": "Flink", "ListBlock<Lake>": "Blueprint",
        "ListBlock<SparkJob>": "Spark", "ListBlock<Table>": "Iceberg", "WorkloadBlock": "Workload",
    ]

    /// The declaration whose block has `type` (`Spark` for `ListBlock<Wire.SparkJob>`), if it is a block.
    static func owner(ofBlock type: String) -> String? {
        blockOwners[type.replacingOccurrences(of: "Wire.", with: "")]
    }

    /// The cases of the wire enums that declarations take (`.nvme`, `.hnsw`), read from the enums themselves.
    static let enumCases: [String: [String]] = [
        "AirflowExecutor": cases(of: Wire.AirflowExecutor.self),
        "CatalogType": cases(of: Wire.CatalogType.self),
        "DatabaseKind": cases(of: Wire.DatabaseKind.self),
        "DriveMedia": cases(of: Wire.DriveMedia.self),
        "RedisArchitecture": cases(of: Wire.RedisArchitecture.self),
        "SparkLanguage": cases(of: Wire.SparkLanguage.self),
        "StateBackend": cases(of: Wire.StateBackend.self),
        "VectorIndex": cases(of: Wire.VectorIndex.self),
    ]

    /// Every public type name, for "cannot find 'X' in scope".
    static var typeNames: [String] { labels.keys.sorted() + otherTypes }

    /// The members written `.name` for a value of `type` (a bare name such as `TimeSpan` or `DriveMedia`).
    static func members(of type: String) -> [String]? {
        staticMembers[type] ?? enumCases[type]
    }

    /// Whether `name` is a member some type is written with, such as `petabytes` or `nvme`.
    static func isMember(_ name: String) -> Bool {
        staticMembers.values.contains { $0.contains(name) } || enumCases.values.contains { $0.contains(name) }
    }

    /// The closest of `candidates` to `word` by edit distance, else the only one that `word` begins (`persist` for
    /// `persistence`); nil when there is none.
    static func suggestion(for word: String, in candidates: [String]) -> String? {
        if let closest = Suggestion.closest(to: word, in: candidates) { return closest }
        let lowered = word.lowercased()
        let extended = candidates.filter { $0.lowercased().hasPrefix(lowered) }
        return lowered.count >= 3 && extended.count == 1 ? extended[0] : nil
    }

    private static func cases<Kind: CaseIterable>(of kind: Kind.Type) -> [String] {
        kind.allCases.map { String(describing: $0) }
    }
}
