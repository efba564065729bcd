import Foundation
@testable import LakeformDSL
import Testing

@Suite("Startup twin")
struct StartupTwinTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test("the startup lake evaluates to Tests/Fixtures/startup.json")
    func matchesJSON() throws {
        let json = try Data(contentsOf: Self.fixtures.appendingPathComponent("startup.json"))
        let expected = try JSONDecoder().decode(Wire.Document.self, from: json)
        let result = Blueprint.evaluate { startupLake() }
        #expect(result.errors.isEmpty)
        #expect(result.document == expected)
    }

    @Test("the copy below is still the Lake of Tests/Fixtures/startup.swift")
    func copyMatchesFixture() throws {
        let fixture = try String(contentsOf: Self.fixtures.appendingPathComponent("startup.swift"), encoding: .utf8)
        let copy = try String(contentsOfFile: #filePath, encoding: .utf8)
        let fixtureLake = try #require(startupLakeLines(in: fixture))
        #expect(fixtureLake == startupLakeLines(in: copy))
    }
}

/// The lines from `Lake("startup"` to the brace that closes it, without their common indentation.
func startupLakeLines(in source: String) -> [String]? {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let opening = "Lake(\"startup\""
    guard let start = lines.firstIndex(where: { $0.drop { $0 == " " }.hasPrefix(opening) }) else { return nil }
    let indent = String(lines[start].prefix { $0 == " " })
    guard let end = lines[start...].firstIndex(of: indent + "}") else { return nil }
    return lines[start...end].map { String($0.dropFirst(indent.count)) }
}

/// The `Lake` of Tests/Fixtures/startup.swift, verbatim, so that its document can be checked in-process.
func startupLake() -> Lake {
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
        Guardrails(maxMonthlyCost: .dollars(2_500))
    }
}
