import LakeModel
import Sizing

/// Lakes for tests that need a realistic spec or resolved lake without loading a blueprint.
public enum SampleLakes {
    /// A lake deploying every component, scaled by `data` bytes and `ingest` bytes per second.
    public static func spec(data: Int, ingest: Int, users: Int = 50_000, scanned: Int? = nil, name: String = "prop") -> LakeSpec {
        var workload = WorkloadSpec(dataVolume: Bytes(data))
        workload.yearlyGrowthPercent = 30
        workload.ingestRate = BytesPerSecond(ingest)
        workload.eventsPerSecond = max(1, ingest / 1_000)
        workload.peakPercent = 200
        var events = StreamSpec(name: "events", sharePercent: 100, retention: .days(7))
        events.consumerGroups = 3
        workload.streams = [events]
        workload.activeUsers = users
        workload.concurrentQueries = max(1, users / 250)
        workload.scannedPerDay = Bytes(scanned ?? max(1, data / 50))
        workload.batchPerDay = Bytes(max(1, ingest * 86_400))
        workload.vectors = VectorSpec(count: max(1, users * 400), dimensions: 768)
        workload.logsPerDay = Bytes(max(1, data / 10_000))
        var components = ComponentsSpec()
        components.minio = MinIOSpec()
        components.kafka = KafkaSpec()
        components.spark = SparkSpec(jobs: [SparkJobSpec(name: "etl", language: .python, application: "s3a://lake/etl.py")])
        components.flink = FlinkSpec(jobs: [FlinkJobSpec(name: "enrich", source: "events", jarURI: "local:///job.jar")])
        components.trino = TrinoSpec()
        components.druid = DruidSpec()
        components.elasticsearch = SearchSpec()
        components.opensearch = SearchSpec()
        components.milvus = MilvusSpec()
        components.postgres = PostgresSpec()
        components.redis = RedisSpec()
        components.fastapi = FastAPISpec(image: "api:1")
        components.hasura = HasuraSpec()
        components.monitoring = MonitoringSpec()
        components.atlas = AtlasSpec()
        components.nifi = NiFiSpec()
        var airflow = AirflowSpec()
        airflow.dags = [DAGSpec(name: "daily_etl", schedule: "@daily", tasks: [DAGTaskSpec(id: "etl", sparkJob: "etl")])]
        components.airflow = airflow
        var iceberg = IcebergSpec(catalog: "lakehouse", type: .jdbc, warehouse: "s3a://datalake/warehouse")
        var eventsTable = TableSpec(namespace: "db", name: "events", columns: [
            ColumnSpec(name: "event_id", type: "string", required: true), ColumnSpec(name: "timestamp", type: "timestamp"),
            ColumnSpec(name: "user_id", type: "string"), ColumnSpec(name: "event_type", type: "string"),
            ColumnSpec(name: "properties", type: "map<string, string>"),
        ])
        eventsTable.partitionBy = [.days("timestamp"), .identity("event_type")]
        eventsTable.properties = ["format-version": "2", "write.parquet.compression-codec": "zstd"]
        iceberg.tables = [eventsTable]
        components.iceberg = iceberg
        components.debezium = DebeziumSpec(sources: [CDCSourceSpec(
            name: "orders-db", database: .postgres, host: "orders-db.production.svc", port: 5432, databaseName: "production",
            tables: ["public.orders"], credentialsSecret: "debezium-orders-db")])
        return LakeSpec(name: name, tier: "sample", namespace: "lake", blueprintPath: "prop.yaml", workload: workload,
                        components: components)
    }


    /// A resolved lake with every component, about the size of the medium tier.
    public static func resolved(name: String = "sample") -> ResolvedLake {
        Resolver.resolve(spec(data: 5_000_000_000_000_000, ingest: 50_000_000, name: name)).lake
    }
}
