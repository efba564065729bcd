// Tests/Fixtures/examples/startup.swift: the Swift twin of blueprints/examples/startup.yaml.
// Both must evaluate to the document in Tests/Fixtures/startup.json; keep the three in sync
// (ExampleBlueprintTests compiles this file and compares it with the YAML; GeneratedDocumentTests
// compares the YAML with the JSON).
import LakeformDSL

let blueprint = Blueprint {
    Lake("startup", tier: "50 TB", namespace: "datalake") {
        Workload(dataVolume: .terabytes(50), reason: "two years of product events and CRM exports") {
            YearlyGrowth(percent: 60, reason: "user base doubling every ~18 months")
            Ingest(rate: .megabytesPerSecond(2), peakPercent: 300,
                   reason: "about 2,000 events/s of ~1 KB, evening peak 3x")
            EventStream("events", sharePercent: 100, retention: .days(7), consumerGroups: 1,
                        reason: "one bronze loader; a week lets it catch up after an outage")
            ActiveUsers(200, reason: "analysts and product managers")
            ConcurrentQueries(10, reason: "dashboards refreshing at the top of the hour")
            ScannedPerDay(.terabytes(2), reason: "partition-pruned dashboard queries")
            BatchPerDay(.gigabytes(200), reason: "one day of events plus late arrivals, read twice by the ETL")
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
        Postgres(instances: 1, databases: ["iceberg_catalog", "airflow"])
        Kafka(replicationFactor: 3, minInsyncReplicas: 2, controllers: 3)
        Spark(version: "3.5.0") {
            SparkJob("bronze_to_silver", language: .python, application: "s3a://datalake/jobs/bronze_to_silver.py",
                     inputSharePercent: 60, targetDuration: .hours(1))
            SparkJob("silver_to_gold", language: .python, application: "s3a://datalake/jobs/silver_to_gold.py",
                     inputSharePercent: 40, targetDuration: .minutes(30))
        }
        Airflow(executor: .kubernetes) {
            DAG("daily_etl", schedule: "@daily", retries: 3) {
                DAGTask("bronze_to_silver", sparkJob: "bronze_to_silver")
                DAGTask("silver_to_gold", sparkJob: "silver_to_gold", after: "bronze_to_silver")
            }
        }
        Trino(querySLA: .seconds(60))
        Monitoring(retention: .days(15), scrapeInterval: .seconds(30), grafana: true)
        Pin(.trinoWorkers, 2, reason: "two workers keep a query running through a node drain")
        Pin(.minioDriveSize, .terabytes(4), reason: "the hosting provider's NVMe option")
        PriceBook("seed-2024")
        Guardrails(maxMonthlyCost: .dollars(5_000))
    }
}
