import ArtifactValidation
import Costing
import Foundation
import LakeModel
import Testing

/// `lakeform report`'s artifacts: deterministic, schema-valid JSON, static HTML with SVG charts,
/// the tiers table and the seed-against-resource comparison.
@Suite struct ReportTests {
    static func lakes(book: String = "seed-2024") throws -> [PricedLake] {
        let own = try CostingFixtures.book(book), seed = try CostingFixtures.book(LakeReports.seedBook)
        let resource = try CostingFixtures.book(LakeReports.resourceBook)
        return try ["small", "medium", "large"].map {
            PricedLake.make(try CostingFixtures.tier($0), book: own, origin: "bundled", seed: seed, resource: resource)
        }
    }

    static func artifacts(book: String = "seed-2024") throws -> [Artifact] { try LakeReports.artifacts(try lakes(book: book)) }

    static func contents(_ path: String, in artifacts: [Artifact]) throws -> String {
        try #require(artifacts.first { $0.path == path }).contents
    }

    @Test func writesEveryReportFileWithItsKind() throws {
        let artifacts = try Self.artifacts()
        var expected: [String] = []
        for lake in ["small", "medium", "large"] {
            expected += ["cost.md", "cost.json", "capacity.md", "capacity.json"].map { "\(lake)/reports/\($0)" }
        }
        expected += ["reports/tiers.md", "reports/index.html"]
        #expect(artifacts.map(\.path) == expected)
        for artifact in artifacts {
            let kind: ArtifactKind = artifact.path.hasSuffix(".md") ? .markdown : artifact.path.hasSuffix(".json") ? .json : .html
            #expect(artifact.kind == kind, "\(artifact.path)")
        }
    }

    @Test(arguments: ["seed-2024", "opencost-default", "on-prem"])
    func sameInputSameBytes(book: String) throws {
        let first = try Self.artifacts(book: book), second = try Self.artifacts(book: book)
        #expect(first == second)
        for artifact in first {
            #expect(artifact.contents.firstMatch(of: try Regex(#"20[0-9]{2}-[01][0-9]-[0-3][0-9]"#)) == nil, "\(artifact.path) looks dated")
        }
    }

    @Test(arguments: ["seed-2024", "opencost-default", "on-prem"])
    func jsonReportsMatchTheirSchemas(book: String) throws {
        let cost = try CostSchemaTests.schema("cost-report.schema.json")
        let capacity = try CostSchemaTests.schema("capacity-report.schema.json")
        for artifact in try Self.artifacts(book: book) where artifact.kind == .json {
            let schema = artifact.path.hasSuffix("/cost.json") ? cost : capacity
            let value = try JSONValue(json: Data(artifact.contents.utf8))
            #expect(schema.validate(value).map(\.description) == [], "\(artifact.path)")
            let version = artifact.path.hasSuffix("/cost.json") ? CostJSON.formatVersion : "1.0"
            #expect(artifact.contents.contains("\"format_version\" : \"\(version)\""), "\(artifact.path)")
        }
    }

    @Test func capacitySchemaRejectsAMissingVersionAndAnUnknownKey() throws {
        let value = try JSONValue(json: Data(#"{"lake": "x", "tier": "y", "capacity": {}, "extra": 1}"#.utf8))
        #expect(try CostSchemaTests.schema("capacity-report.schema.json").validate(value).count >= 2)
    }

    @Test func htmlHasOneSVGPerChartAndNoScript() throws {
        let html = try Self.contents("reports/index.html", in: try Self.artifacts())
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        #expect(html.components(separatedBy: "</svg>").count - 1 == 3)
        #expect(!html.lowercased().contains("<script"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Monthly cost by line") && html.contains("Cost per TB of data") && html.contains("Storage runway"))
        // Integer coordinates only.
        let decimal = try Regex(#"(x|y|width|height|x1|x2|y1|y2)="-?[0-9]+\.[0-9]"#)
        #expect(html.firstMatch(of: decimal) == nil)
        #expect(html.contains("$42,697.83"))
    }

    @Test func htmlEscapesText() throws {
        var lakes = try Self.lakes()
        lakes[0].report.cost.lake = "a<b>&\"c"
        let html = try Self.contents("reports/index.html", in: try LakeReports.artifacts(lakes))
        #expect(html.contains("a&lt;b&gt;&amp;&quot;c"))
        #expect(!html.contains("a<b>"))
    }

    @Test func tiersHasARowPerLakeWithCostPerTB() throws {
        let tiers = try Self.contents("reports/tiers.md", in: try Self.artifacts())
        #expect(tiers.contains("| small | 1 PB |"))
        for (lake, perTB) in [("small", "$6.20"), ("medium", "$4.70"), ("large", "$4.27")] {
            let row = try #require(tiers.split(separator: "\n").first { $0.hasPrefix("| \(lake) |") })
            #expect(row.contains(perTB), "\(row)")
        }
        #expect(tiers.contains("With `seed-2024`, cost per TB of data falls with scale: $6.20 (small"))
        #expect(tiers.contains("### Seed prices against resource prices: lake `large`"))
    }

    @Test func comparisonNamesEachLinesSeedAndResourceFigure() throws {
        let lakes = try Self.lakes()
        let artifacts = try LakeReports.artifacts(lakes)
        for lake in lakes {
            let whole = try Self.contents("\(lake.name)/reports/cost.md", in: artifacts)
            let markdown = try #require(whole.components(separatedBy: "Seed prices against resource prices").last)
            #expect(markdown.contains("| Line | Components | seed-2024 | opencost-default | Difference | Why |"))
            for line in lake.seed.lines {
                let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| \(line.name) |") }, "\(lake.name) \(line.name)")
                #expect(row.contains(line.cost.description.count > 0 ? "$" : ""), "\(row)")
                let covered = lake.resource.lines.filter { $0.components.contains(where: line.components.contains) }
                if !covered.isEmpty { #expect(row.contains("opencost-default: "), "\(row)") }
                #expect(row.contains("seed-2024"), "\(row)")
            }
            #expect(markdown.contains("The seed is optimistic on: ") || markdown.contains("The seed is not optimistic"))
        }
        let large = try #require(try Self.contents("large/reports/cost.md", in: artifacts).components(separatedBy: "Seed prices against").last)
        let row = try #require(large.split(separator: "\n").first { $0.hasPrefix("| Compute (K8s) |") })
        #expect(row.contains("| $19,582.83 |") && row.contains("vCPU × $2.257 per vCPU-month"))
    }
}
