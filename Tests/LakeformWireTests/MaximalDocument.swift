import LakeformWire

/// A wire document with every optional field set, so encoding it shows every key the wire knows.
enum MaximalDocument {
    static func make() -> Wire.Document {
        let gb = Wire.ByteCount(bytes: 1_000_000_000)
        let week = Wire.TimeSpan(seconds: 604_800)
        let workload = Wire.Workload(
            dataVolume: Wire.ByteCount(bytes: 1_000_000_000_000_000), yearlyGrowthPercent: 30, horizon: Wire.Horizon(months: 18),
            ingest: Wire.Ingest(eventsPerSecond: 10_000, averageEventSize: Wire.ByteCount(bytes: 1_000),
                                rate: Wire.ByteRate(bytesPerSecond: 10_000_000), peakPercent: 200),
            streams: [Wire.Stream(name: "events", sharePercent: 100, rate: Wire.ByteRate(bytesPerSecond: 1_000_000), eventsPerSecond: 1_000,
                                  eventSize: Wire.ByteCount(bytes: 1_000), retention: week, consumerGroups: 3, partitions: 12, keyed: true)],
            activeUsers: 1_000, concurrentQueries: 20, scannedPerDay: gb, batchPerDay: gb,
            vectors: Wire.Vectors(count: 1_000_000, dimensions: 768), logsPerDay: gb, reasons: ["dataVolume": "seed tier"])
        let table = Wire.Table(
            namespace: "db", name: "events", columns: [Wire.Column(name: "ts", type: "timestamp", required: true)],
            partitionBy: ["days(ts)"], properties: ["format-version": "2"])
        let components = Wire.Components(
            minio: Wire.MinIO(nodes: 4, drivesPerNode: 4, driveSize: gb, media: .nvme, parity: 4, fillTargetPercent: 80, bucket: "lake"),
            iceberg: Wire.Iceberg(catalog: "lake", type: .rest, warehouse: "s3a://lake/warehouse", tables: [table]),
            postgres: Wire.Postgres(instances: 2, pgvector: true, databases: ["catalog"], memory: gb, volume: gb, maxConnections: 200, version: "17"),
            kafka: Wire.Kafka(version: "4.2.0", replicationFactor: 3, minInsyncReplicas: 2, controllers: 3, zones: 3),
            nifi: Wire.NiFi(nodes: 3),
            debezium: Wire.Debezium(connectWorkers: 2, sources: [Wire.CDCSource(
                name: "orders", database: .postgres, host: "db", port: 5432, databaseName: "shop", tables: ["public.orders"],
                credentialsSecret: "orders-db")]),
            spark: Wire.Spark(version: "3.5.5", image: "spark:3.5.5", jobs: [Wire.SparkJob(
                name: "bronze-to-silver", language: .python, application: "s3a://lake/jobs/b2s.py", inputSharePercent: 50,
                targetDuration: Wire.TimeSpan(seconds: 3_600), schedule: "@daily")]),
            flink: Wire.Flink(version: "1.20", image: "flink:1.20", jobs: [Wire.FlinkJob(
                name: "enrich", source: "events", sources: ["events"], jarURI: "local:///opt/flink/job.jar", parallelism: 12, stateBackend: .rocksdb)]),
            airflow: Wire.Airflow(executor: .kubernetes, dags: [Wire.DAG(
                name: "daily_etl", schedule: "@daily", retries: 3,
                tasks: [Wire.DAGTask(id: "b2s", sparkJob: "bronze-to-silver", after: ["start"])])]),
            trino: Wire.Trino(querySLA: Wire.TimeSpan(seconds: 60), workerMemory: gb),
            druid: Wire.Druid(source: "events", hotRetention: week, replicants: 2),
            elasticsearch: Wire.SearchCluster(retention: week, replicas: 1, nodes: 3, dashboards: true),
            opensearch: Wire.SearchCluster(retention: week, replicas: 1, nodes: 3, dashboards: true),
            milvus: Wire.Milvus(index: .hnsw, hnswM: 16, ivfNlist: 1_024, replicas: 1),
            fastapi: Wire.FastAPI(image: "api:1", requestsPerSecond: 1_000, requestsPerReplica: 500),
            hasura: Wire.Hasura(replicas: 2, secret: "hasura"),
            redis: Wire.Redis(architecture: .replication, maxMemory: gb, persistence: true, replicas: 2),
            monitoring: Wire.Monitoring(retention: week, activeSeries: 1_000_000, scrapeInterval: Wire.TimeSpan(seconds: 30), grafana: true),
            atlas: Wire.Atlas(replicas: 1, image: "atlas:2.3"))
        let lake = Wire.Lake(
            name: "max", tier: "test", namespace: "lake", workload: workload, components: components,
            pins: [Wire.Pin(key: "kafka.brokers", value: Wire.Quantity(6), reason: "load test")],
            cost: Wire.CostPolicy(priceBook: "seed-2024", maxMonthlyCost: Wire.Money(cents: 100_000), maxCostPerTB: Wire.Money(cents: 427)))
        return Wire.Document(lakes: [lake])
    }

    /// Every wire enum, by the schema definition that lists its values.
    static let enums: [String: [String]] = [
        "minio.media": Wire.DriveMedia.allCases.map(\.rawValue),
        "iceberg.type": Wire.CatalogType.allCases.map(\.rawValue),
        "cdcSource.database": Wire.DatabaseKind.allCases.map(\.rawValue),
        "sparkJob.language": Wire.SparkLanguage.allCases.map(\.rawValue),
        "flinkJob.stateBackend": Wire.StateBackend.allCases.map(\.rawValue),
        "airflow.executor": Wire.AirflowExecutor.allCases.map(\.rawValue),
        "milvus.index": Wire.VectorIndex.allCases.map(\.rawValue),
        "redis.architecture": Wire.RedisArchitecture.allCases.map(\.rawValue),
    ]
}
