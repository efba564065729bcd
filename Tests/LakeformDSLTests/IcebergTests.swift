@testable import LakeformDSL
import Testing

@Suite("Iceberg")
struct IcebergTests {
    @Test("the seed's events table encodes with typed columns, transforms and properties")
    func eventsTable() {
        let (_, lake) = evaluateLake {
            minimalWorkload
            Iceberg(catalog: "lakehouse", type: .jdbc, warehouse: "s3a://datalake/warehouse") {
                Table("events", namespace: "db", partitionBy: [.days("timestamp"), .identity("event_type")],
                      properties: ["format-version": "2", "write.parquet.compression-codec": "zstd"]) {
                    Column("event_id", .string, required: true)
                    Column("timestamp", .timestamp)
                    Column("properties", .map(.string, .string))
                }
                Table("users", namespace: "db") {
                    Column("user_id", .string)
                }
            }
        }
        let tables = lake?.components.iceberg?.tables
        #expect(tables == [
            Wire.Table(
                namespace: "db", name: "events",
                columns: [
                    Wire.Column(name: "event_id", type: "string", required: true),
                    Wire.Column(name: "timestamp", type: "timestamp"),
                    Wire.Column(name: "properties", type: "map<string, string>"),
                ],
                partitionBy: ["days(timestamp)", "identity(event_type)"],
                properties: ["format-version": "2", "write.parquet.compression-codec": "zstd"]),
            Wire.Table(namespace: "db", name: "users", columns: [Wire.Column(name: "user_id", type: "string")]),
        ])
        #expect(tables?.last?.partitionBy == nil)
        #expect(tables?.last?.properties == nil)
    }
}
