@testable import BlueprintLoading
import Diagnostics
import Foundation
import Testing

/// GIVEN a Swift blueprint, WHEN it is loaded and mapped, THEN its names and credentials meet the same checks as
/// YAML's (the DSL writes the same wire document), at the Swift file's lines.
@Suite("Swift blueprint names")
struct SwiftBlueprintNameTests {
    static let source = """
        import LakeformDSL

        let blueprint = Blueprint {
            Lake("names", tier: "1 PB", namespace: "datalake") {
                Workload(dataVolume: .petabytes(1))
                Iceberg(catalog: "lakehouse", type: .rest, warehouse: "s3a://datalake/warehouse") {
                    Table("events", namespace: "db", properties: ["jdbc.password": "hunter2"]) { // ERROR: inlineSecret
                        Column("id", .string)
                    }
                }
                Spark {
                    SparkJob("bronze_to_silver", language: .python, application: "s3a://datalake/jobs/a.py") // FIRST
                    SparkJob("bronze-to-silver", language: .python, application: "s3a://datalake/jobs/b.py") // ERROR: collision
                }
                Airflow {
                    DAG("../../etc", schedule: "@daily") { // ERROR: invalidName
                        DAGTask("t", sparkJob: "bronze_to_silver")
                    }
                }
            }
        }
        """

    static func line(of marker: String) -> Int? {
        source.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(marker) }.map { $0 + 1 }
    }

    @Test("collisions, bad names and inline secrets are diagnostics at the Swift lines")
    func swiftBlueprintNamesAreChecked() async throws {
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        let path = scratch.write(Self.source, name: "names")
        guard case .loaded(let blueprint, _) = await SwiftBlueprintTestbed.load(path).outcome else {
            Issue.record("expected the Swift blueprint to load")
            return
        }
        let errors = SpecMapper.map(blueprint).diagnostics.errors
        let byID = Dictionary(grouping: errors, by: \.id)
        let collision = try #require(byID["blueprint.nameCollision"]?.first)
        #expect(collision.source?.line == Self.line(of: "// ERROR: collision"))
        #expect(collision.message.contains("\(path):\(Self.line(of: "// FIRST") ?? 0):"))
        #expect(collision.message.contains("\(path):\(Self.line(of: "// ERROR: collision") ?? 0):"))
        #expect(byID["blueprint.invalidName"]?.first?.source?.line == Self.line(of: "// ERROR: invalidName"))
        let secret = try #require(byID["blueprint.inlineSecret"]?.first)
        #expect(secret.source?.line == Self.line(of: "// ERROR: inlineSecret"))
        #expect(!secret.message.contains("hunter2"))
        #expect(errors.count == 3)
    }
}
