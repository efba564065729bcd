// Tests/Fixtures/examples/retail.swift: the Swift twin of blueprints/examples/retail.yaml.
// Both must dump the same document; keep them in sync.
import LakeformDSL

let blueprint = Blueprint {
    Lake("retail", tier: "300 TB", namespace: "retail") {
        Workload(dataVolume: .terabytes(300), reason: "three years of orders, inventory history and sessionised clicks in Iceberg") {
            YearlyGrowth(percent: 35, reason: "two new countries a year and a growing marketplace catalogue")
            Ingest(peakPercent: 400,
                   reason: "the sum of the three streams' own rates; holiday-season and flash-sale peaks reach four times the average")
            EventStream("orders-db.public.orders", eventsPerSecond: 300, eventSize: .kilobytes(2), retention: .days(7),
                        consumerGroups: 2, keyed: true,
                        reason: "about 300 order changes/s (insert, payment, shipment) of ~2 KB Debezium envelopes; read by fraud scoring and the bronze loader; a week to replay")
            EventStream("inventory-db.inventory.stock_levels", eventsPerSecond: 1_200, eventSize: .kilobytes(1),
                        retention: .days(3), consumerGroups: 1, keyed: true,
                        reason: "about 1,200 stock updates/s of ~1 KB from stores and warehouses; three days to replay")
            EventStream("clicks", rate: .megabytesPerSecond(40), retention: .days(3), consumerGroups: 2,
                        reason: "about 40,000 page and app events/s of ~1 KB from web and mobile; read by fraud scoring and the bronze loader")
            ActiveUsers(1_500, reason: "merchandising, supply-chain and finance analysts plus store managers")
            ConcurrentQueries(60, reason: "morning dashboard refreshes across the regions")
            ScannedPerDay(.terabytes(20), reason: "partition-pruned sales and stock dashboards, plus ad-hoc SQL")
            BatchPerDay(.terabytes(4), reason: "a day of clicks (~3.5 TB) and the changed orders and stock rows, read by the ETL")
        }
        MinIO(media: .nvme, fillTargetPercent: 75, bucket: "retail")
        Iceberg(catalog: "lakehouse", type: .jdbc, warehouse: "s3a://retail/warehouse") {
            Table("orders", namespace: "sales", partitionBy: [.days("created_at")], properties: ["format-version": "2"]) {
                Column("order_id", .string)
                Column("customer_id", .string)
                Column("created_at", .timestamp)
                Column("store_id", .string)
                Column("total_cents", .long)
            }
        }
        Postgres(instances: 2, databases: ["iceberg_catalog", "airflow"])
        Kafka(replicationFactor: 3, minInsyncReplicas: 2, zones: 3)
        Debezium(connectWorkers: 2) {
            CDCSource("orders-db", database: .postgres, host: "orders-db.shop.svc.cluster.local", port: 5432,
                      databaseName: "shop", tables: ["public.orders", "public.order_items"],
                      credentialsSecret: "debezium-orders-db")
            CDCSource("inventory-db", database: .mysql, host: "inventory-db.warehouse.svc.cluster.local", port: 3306,
                      databaseName: "inventory", tables: ["inventory.stock_levels"],
                      credentialsSecret: "debezium-inventory-db")
        }
        Spark(version: "3.5.0") {
            SparkJob("bronze_to_silver", language: .python, application: "s3a://retail/jobs/bronze_to_silver.py",
                     inputSharePercent: 70, targetDuration: .hours(1))
            SparkJob("silver_to_gold", language: .python, application: "s3a://retail/jobs/silver_to_gold.py",
                     inputSharePercent: 30, targetDuration: .minutes(30))
        }
        Flink(version: "1.20") {
            FlinkJob("fraud-scoring", sources: ["orders-db.public.orders", "clicks"],
                     jarURI: "local:///opt/flink/usrlib/fraud-scoring.jar", stateBackend: .rocksdb)
        }
        Airflow(executor: .kubernetes) {
            DAG("daily_etl", schedule: "@daily", retries: 3) {
                DAGTask("bronze_to_silver", sparkJob: "bronze_to_silver")
                DAGTask("silver_to_gold", sparkJob: "silver_to_gold", after: "bronze_to_silver")
            }
        }
        Trino(querySLA: .seconds(30))
        Monitoring(retention: .days(15), scrapeInterval: .seconds(30), grafana: true)
        PriceBook("seed-2024")
        Guardrails(maxMonthlyCost: .dollars(20_000))
    }
}
