// blueprints/large.swift: Lakeform's bundled large tier, a 10 PB lake for 100,000 users.
//
// The seed stack's "Large Scale (10 PB data, 100k users)" from its Total Cost Summary (about
// $42,700/month, or $4.27 per TB): the medium tier's components at twice the load. MinIO, Kafka,
// Spark, Flink, Trino, Druid, Elasticsearch, Milvus, the API layer (FastAPI, Hasura, Redis) and
// monitoring (Prometheus + Grafana, with OpenSearch for logs and Atlas for governance), plus the
// Iceberg catalog with the seed's `events` table, PostgreSQL with pgvector for metadata, Airflow
// running the seed's `daily_etl` DAG and Debezium CDC. Unset sizes come from the workload below.
import LakeformDSL

let blueprint = Blueprint {
    Lake("large", tier: "10 PB", namespace: "datalake") {
        Workload(dataVolume: .petabytes(10), reason: "the seed's large tier holds 10 PB") {
            YearlyGrowth(percent: 40, reason: "event volume grows with the user base")
            Ingest(eventsPerSecond: 100_000, averageEventSize: .kilobytes(1), peakPercent: 300,
                   reason: "clickstream and app events at ~100k/s of ~1 KB (100 MB/s), evening peak 3x")
            EventStream("events", sharePercent: 85, retention: .days(7), consumerGroups: 3,
                        reason: "read by Flink, Druid and the bronze loader; a week to replay")
            EventStream("orders-cdc", sharePercent: 15, retention: .days(3), consumerGroups: 1, keyed: true,
                        reason: "Debezium change events, replayable for three days")
            ActiveUsers(100_000, reason: "the seed's large tier serves 100k users")
            ConcurrentQueries(400, reason: "about 0.4% of users querying at once at peak")
            ScannedPerDay(.terabytes(250),
                          reason: "dashboards and ad-hoc SQL scan ~2.5% of the lake a day after pruning")
            BatchPerDay(.terabytes(30), reason: "the day's ~8.6 TB of events through both ETL stages, plus backfills")
            Vectors(count: 50_000_000, dimensions: 768,
                    reason: "product, document and support-ticket embeddings from a 768-d sentence model")
            LogsPerDay(.terabytes(1), reason: "platform and application logs from about a thousand pods")
        }

        MinIO(media: .nvme, fillTargetPercent: 80, bucket: "datalake")
        Iceberg(catalog: "lakehouse", type: .jdbc, warehouse: "s3a://datalake/warehouse") {
            Table("events", namespace: "db", partitionBy: [.days("timestamp"), .identity("event_type")],
                  properties: ["format-version": "2", "write.parquet.compression-codec": "zstd"]) {
                Column("event_id", .string)
                Column("timestamp", .timestamp)
                Column("user_id", .string)
                Column("event_type", .string)
                Column("properties", .map(.string, .string))
            }
        }
        Postgres(instances: 3, pgvector: true, databases: ["iceberg_catalog", "airflow", "hasura", "embeddings"])
        Kafka(replicationFactor: 3, minInsyncReplicas: 2, controllers: 3, zones: 3)
        Debezium(connectWorkers: 3) {
            CDCSource("orders-db", database: .postgres, host: "orders-db.production.svc.cluster.local", port: 5432,
                      databaseName: "production", tables: ["public.orders", "public.customers"],
                      credentialsSecret: "debezium-orders-db")
        }
        Spark(version: "3.5.0") {
            SparkJob("bronze_to_silver", language: .python, application: "s3a://datalake/jobs/bronze_to_silver.py",
                     inputSharePercent: 60, targetDuration: .hours(2))
            SparkJob("silver_to_gold", language: .python, application: "s3a://datalake/jobs/silver_to_gold.py",
                     inputSharePercent: 40, targetDuration: .hours(1))
        }
        Flink(version: "1.18") {
            FlinkJob("realtime-processor", source: "events", jarURI: "local:///opt/flink/usrlib/realtime-processor.jar",
                     parallelism: 24, stateBackend: .rocksdb)
        }
        Airflow(executor: .kubernetes) {
            DAG("daily_etl", schedule: "@daily", retries: 3) {
                DAGTask("bronze_to_silver", sparkJob: "bronze_to_silver")
                DAGTask("silver_to_gold", sparkJob: "silver_to_gold", after: "bronze_to_silver")
            }
        }
        Trino(querySLA: .seconds(30))
        Druid(source: "events", hotRetention: .days(30), replicants: 2)
        Elasticsearch(retention: .days(30), replicas: 1, dashboards: true)
        Milvus(index: .hnsw, hnswM: 16, replicas: 2)
        FastAPI(image: "datalake/query-api:1.0.0", requestsPerSecond: 5_000, requestsPerReplica: 500)
        Hasura(secret: "hasura-env")
        Redis(architecture: .replication, maxMemory: .gibibytes(16), persistence: false, replicas: 2)
        Monitoring(retention: .days(15), activeSeries: 2_000_000, scrapeInterval: .seconds(30), grafana: true)
        OpenSearch(retention: .days(14), replicas: 1, dashboards: true)
        Atlas(replicas: 2)

        Pin(.kafkaBrokers, 12, reason: "four brokers per zone, so losing one moves a twelfth of the traffic")
        Pin(.minioDriveSize, .gigabytes(15_360), reason: "the standard storage server takes 15.36 TB NVMe drives")
        PriceBook("seed-2024")
        Guardrails(maxMonthlyCost: .dollars(55_000), maxCostPerTB: .dollars(5, cents: 50))
    }
}
