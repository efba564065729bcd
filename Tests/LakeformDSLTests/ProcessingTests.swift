@testable import LakeformDSL
import Testing

@Suite("Processing components")
struct ProcessingTests {
    @Test("Spark, Flink, Airflow and Debezium collect their blocks in order")
    func processing() {
        let (_, lake) = evaluateLake {
            minimalWorkload
            Spark(version: "3.5.0") {
                SparkJob("bronze_to_silver", language: .python, application: "s3a://datalake/jobs/b.py",
                         inputSharePercent: 60, targetDuration: .hours(2))
                SparkJob("compact", language: .scala, application: "s3a://datalake/jobs/c.jar", schedule: "0 3 * * *")
            }
            Flink {
                FlinkJob("realtime", source: "events", jarURI: "local:///opt/flink/job.jar", parallelism: 12,
                         stateBackend: .rocksdb)
            }
            Airflow(executor: .kubernetes) {
                DAG("daily_etl", schedule: "@daily", retries: 3) {
                    DAGTask("bronze_to_silver", sparkJob: "bronze_to_silver")
                    DAGTask("silver_to_gold", sparkJob: "silver_to_gold", after: "bronze_to_silver")
                }
            }
            Debezium(connectWorkers: 2) {
                CDCSource("orders", database: .postgres, host: "orders-db", port: 5432, databaseName: "production",
                          tables: ["public.orders"], credentialsSecret: "debezium-orders")
            }
        }
        let components = lake?.components
        #expect(components?.spark == Wire.Spark(version: "3.5.0", jobs: [
            Wire.SparkJob(name: "bronze_to_silver", language: .python, application: "s3a://datalake/jobs/b.py",
                          inputSharePercent: 60, targetDuration: Wire.TimeSpan(seconds: 7_200)),
            Wire.SparkJob(
                name: "compact", language: .scala, application: "s3a://datalake/jobs/c.jar", schedule: "0 3 * * *"),
        ]))
        #expect(components?.flink == Wire.Flink(jobs: [
            Wire.FlinkJob(name: "realtime", source: "events", jarURI: "local:///opt/flink/job.jar", parallelism: 12,
                          stateBackend: .rocksdb),
        ]))
        #expect(components?.airflow == Wire.Airflow(executor: .kubernetes, dags: [
            Wire.DAG(name: "daily_etl", schedule: "@daily", retries: 3, tasks: [
                Wire.DAGTask(id: "bronze_to_silver", sparkJob: "bronze_to_silver"),
                Wire.DAGTask(id: "silver_to_gold", sparkJob: "silver_to_gold", after: ["bronze_to_silver"]),
            ]),
        ]))
        #expect(components?.airflow?.dags?.first?.tasks.first?.after == nil)
        #expect(components?.debezium == Wire.Debezium(connectWorkers: 2, sources: [
            Wire.CDCSource(
                name: "orders", database: .postgres, host: "orders-db", port: 5432, databaseName: "production",
                tables: ["public.orders"], credentialsSecret: "debezium-orders"),
        ]))
    }
}
