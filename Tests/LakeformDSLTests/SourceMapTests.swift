@testable import LakeformDSL
import Testing

@Suite("Source map")
struct SourceMapTests {
    @Test("every declaration is mapped from its wire path to the line that wrote it")
    func wirePaths() {
        let top = #line + 1
        let result = Blueprint.evaluate {
            Lake("one", tier: "1 PB", namespace: "ns") {
                Workload(dataVolume: .petabytes(1)) {
                    Ingest(rate: .megabytesPerSecond(5))
                    EventStream("events", retention: .days(7))
                    EventStream("cdc", retention: .days(3))
                }
                Kafka()
                Iceberg(catalog: "c", type: .hadoop, warehouse: "s3a://w") {
                    Table("events", namespace: "db") {
                        Column("id", .string)
                        Column("ts", .timestamp)
                    }
                }
                Spark {
                    SparkJob("etl", language: .python, application: "s3a://j.py")
                }
                Flink {
                    FlinkJob("rt", source: "events", jarURI: "local:///j.jar")
                }
                Airflow {
                    DAG("daily", schedule: "@daily") {
                        DAGTask("a", sparkJob: "etl")
                        DAGTask("b", sparkJob: "etl", after: "a")
                    }
                }
                Debezium {
                    CDCSource("db", database: .mysql, host: "h", databaseName: "d", tables: ["t"],
                              credentialsSecret: "s")
                }
                Pin(.kafkaBrokers, 3)
                Pin(.kafkaBrokerMemory, .gibibytes(8))
                PriceBook("seed-2024")
                Guardrails(maxMonthlyCost: .dollars(100))
            }
            Lake("two", tier: "1 PB", namespace: "ns") {
                Workload(dataVolume: .petabytes(1))
            }
        }
        let lines = result.sourceMap.mapValues(\.line)
        #expect(lines == [
            "": top,
            "lakes[0]": top + 1,
            "lakes[0].workload": top + 2, "lakes[0].workload.dataVolume": top + 2,
            "lakes[0].workload.ingest": top + 3,
            "lakes[0].workload.streams[0]": top + 4, "lakes[0].workload.streams[1]": top + 5,
            "lakes[0].components.kafka": top + 7,
            "lakes[0].components.iceberg": top + 8,
            "lakes[0].components.iceberg.tables[0]": top + 9,
            "lakes[0].components.iceberg.tables[0].columns[0]": top + 10,
            "lakes[0].components.iceberg.tables[0].columns[1]": top + 11,
            "lakes[0].components.spark": top + 14, "lakes[0].components.spark.jobs[0]": top + 15,
            "lakes[0].components.flink": top + 17, "lakes[0].components.flink.jobs[0]": top + 18,
            "lakes[0].components.airflow": top + 20, "lakes[0].components.airflow.dags[0]": top + 21,
            "lakes[0].components.airflow.dags[0].tasks[0]": top + 22,
            "lakes[0].components.airflow.dags[0].tasks[1]": top + 23,
            "lakes[0].components.debezium": top + 26, "lakes[0].components.debezium.sources[0]": top + 27,
            "lakes[0].pins[0]": top + 30, "lakes[0].pins[1]": top + 31,
            "lakes[0].cost": top + 32, "lakes[0].cost.priceBook": top + 32, "lakes[0].cost.maxMonthlyCost": top + 33,
            "lakes[1]": top + 35,
            "lakes[1].workload": top + 36, "lakes[1].workload.dataVolume": top + 36,
        ])
        #expect(Set(result.sourceMap.values.map(\.file)) == [#filePath])
    }

    @Test("columns point into the line, at the call's argument list")
    func columns() {
        let result = Blueprint.evaluate {
            Lake("x", tier: "t", namespace: "ns") { Workload(dataVolume: .terabytes(1)) }
        }
        let lake = result.sourceMap["lakes[0]"]
        let workload = result.sourceMap["lakes[0].workload"]
        #expect(lake?.line == workload?.line)
        #expect((lake?.column ?? 0) < (workload?.column ?? 0))
    }
}
