// blueprints/small.swift: Lakeform's bundled small tier, a 1 PB lake.
//
// The seed stack's "Minimal Production Setup (1 PB data)" from its Total Cost Summary (about
// $6,200/month): MinIO storage, Kafka, Spark, Trino and monitoring (Prometheus + Grafana). Every
// tier also gets the pieces that cost little or nothing on their own: the Iceberg catalog with the
// seed's `events` table, PostgreSQL for catalog and Airflow metadata, and Airflow running the seed's
// `daily_etl` DAG. Unset sizes (brokers, nodes, executors, workers) come from the workload below.
import LakeformDSL

let blueprint = Blueprint {
    Lake("small", tier: "1 PB", namespace: "datalake") {
        Workload(dataVolume: .petabytes(1), reason: "the seed's minimal production setup holds 1 PB") {
            YearlyGrowth(percent: 30, reason: "new sources add about a third more data each year")
            Ingest(rate: .megabytesPerSecond(5), peakPercent: 300,
                   reason: "about 5,000 events/s of ~1 KB; Kafka is sized in MB/s, evening peak 3x")
            EventStream("events", sharePercent: 100, retention: .days(7), consumerGroups: 2,
                        reason: "bronze loader plus ad-hoc consumers; Kafka's default week of retention")
            ActiveUsers(1_000, reason: "analysts and internal dashboards; the seed gives no user count for this tier")
            ConcurrentQueries(20, reason: "dashboard refreshes and ad-hoc SQL at the busiest hour")
            ScannedPerDay(.terabytes(20), reason: "partition pruning keeps daily scans near 2% of the lake")
            BatchPerDay(.terabytes(2), reason: "the day's ~430 GB of events read by both ETL stages, plus backfills")
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
        Postgres(instances: 2, databases: ["iceberg_catalog", "airflow"])
        Kafka(replicationFactor: 3, minInsyncReplicas: 2, controllers: 3)
        Spark(version: "3.5.0") {
            SparkJob("bronze_to_silver", language: .python, application: "s3a://datalake/jobs/bronze_to_silver.py",
                     inputSharePercent: 60, targetDuration: .hours(2))
            SparkJob("silver_to_gold", language: .python, application: "s3a://datalake/jobs/silver_to_gold.py",
                     inputSharePercent: 40, targetDuration: .hours(1))
        }
        Airflow(executor: .kubernetes) {
            DAG("daily_etl", schedule: "@daily", retries: 3) {
                DAGTask("bronze_to_silver", sparkJob: "bronze_to_silver")
                DAGTask("silver_to_gold", sparkJob: "silver_to_gold", after: "bronze_to_silver")
            }
        }
        Trino(querySLA: .seconds(60))
        Monitoring(retention: .days(15), activeSeries: 300_000, scrapeInterval: .seconds(30), grafana: true)

        PriceBook("seed-2024")
        Guardrails(maxMonthlyCost: .dollars(8_000), maxCostPerTB: .dollars(8))
    }
}
