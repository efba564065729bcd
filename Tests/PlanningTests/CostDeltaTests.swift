import ArtifactValidation
import Foundation
import LakeModel
import Testing
@testable import Planning

/// Cost and capacity deltas read from the lakes' cost reports.
@Suite struct CostDeltaTests {
    /// A cost report in the shape of `<lake>/reports/cost.json`, reduced to what a plan reads.
    static func report(lake: String = "medium", total: Int, kafka: Int, usable: Int, kafkaPods: Int) -> String {
        """
        {"format_version": "1.0", "lakes": [{"lake": "\(lake)", "currency": "USD", "monthly_cost_cents": \(total),
          "per_unit": {"data_tb_cents": \(total / 5000)},
          "lines": [{"name": "Storage", "components": ["minio"], "monthly_cost_cents": 200000},
                    {"name": "Kafka", "components": ["kafka"], "monthly_cost_cents": \(kafka)}],
          "capacity": {"components": [{"component": "kafka", "cpu_millicores": 84000, "memory_bytes": 322122547200,
                                       "pods": \(kafkaPods), "volume_bytes": 0}],
                       "storage": {"usable_bytes": \(usable), "raw_bytes": 9584640000000000, "servers": 39, "drives": 624,
                                   "runway_months": 3},
                       "totals": {"nodes": 153, "cpu_millicores": 2663500, "memory_bytes": 12353202552832}}}]}
        """
    }

    static func plan(before: String?, after: String?, path: String = "medium/reports/cost.json") -> Plan {
        let desired = after.map { [Artifact(path: path, kind: .json, contents: $0)] } ?? []
        let recorded = before.map { [path: $0] } ?? [:]
        return Planner.plan(desired: desired, recorded: recorded)
    }

    @Test func anEditShowsTheCostDeltaPerLakeAndLineAndTheChangedCapacity() throws {
        let before = Self.report(total: 2_350_000, kafka: 200_000, usable: 3_750_000_000_000_000, kafkaPods: 12)
        let after = Self.report(total: 2_470_000, kafka: 320_000, usable: 4_500_000_000_000_000, kafkaPods: 15)
        let lake = try #require(Self.plan(before: before, after: after).costs.first)
        #expect(lake.deltaCents == 120_000)
        #expect(lake.perDataTB.map { CostDeltaText.perTB($0, currency: "USD") } == "per TB of data: $4.70 → $4.94")
        #expect(lake.lines == [CostLineDelta(name: "Kafka", components: ["kafka"], beforeCents: 200_000, afterCents: 320_000)])
        #expect(lake.capacity.map(CostDeltaText.figure) == ["usable: 3.75 PB → 4.5 PB", "kafka pods: 12 → 15"])
        #expect(CostDeltaText.change(before: lake.beforeCents, after: lake.afterCents, currency: lake.currency)
                == "+$1,200.00/mo ($23,500.00 → $24,700.00)")
    }

    @Test func shrinkingFiguresInAReportAreNotDestructive() {
        let before = Self.report(total: 2_350_000, kafka: 200_000, usable: 4_500_000_000_000_000, kafkaPods: 15)
        let after = Self.report(total: 2_350_000, kafka: 200_000, usable: 3_750_000_000_000_000, kafkaPods: 12)
        let plan = Self.plan(before: before, after: after)
        #expect(plan.summary.change == 1)
        #expect(plan.destructive.isEmpty)
    }

    @Test func aThousandLakesOfCostRowsStillFitTheCommentLimit() {
        var plan = PlanningFixtures.huge(artifacts: 10, keys: 5)
        let lake = Self.plan(before: Self.report(total: 1, kafka: 1, usable: 1, kafkaPods: 1),
                             after: Self.report(total: 2, kafka: 2, usable: 2, kafkaPods: 2)).costs[0]
        plan.costs = (0..<1_000).map { index in var copy = lake; copy.lake = "lake\(index)"; return copy }
        let markdown = PlanMarkdownRenderer.render(plan)
        #expect(markdown.utf8.count < 65_536)
        #expect(markdown.contains("**Truncated:**"))
        #expect(markdown.contains("| `lake0` | 0 | 1 | 0 | 0 | 0 | +$0.01 (+100%) | $0.02 |"), "lake rows are kept before any detail")
    }

    @Test func unchangedReportsGiveNoDelta() {
        let report = Self.report(total: 1_000, kafka: 500, usable: 1, kafkaPods: 3)
        #expect(Self.plan(before: report, after: report).costs.isEmpty)
        #expect(Self.plan(before: nil, after: report, path: "medium/reports/other.json").costs.isEmpty)
    }

    @Test func newAndRemovedLakesShowOneSideAndOnlyLakeWideFigures() throws {
        let report = Self.report(lake: "fresh", total: 500_050, kafka: 500, usable: 2_000_000_000_000, kafkaPods: 3)
        let created = try #require(Self.plan(before: nil, after: report, path: "fresh/reports/cost.json").costs.first)
        #expect(created.beforeCents == nil && created.deltaCents == 500_050)
        #expect(CostDeltaText.change(before: nil, after: created.afterCents, currency: "USD") == "+$5,000.50/mo (new)")
        #expect(created.capacity.allSatisfy { $0.subject == "lake" })
        #expect(created.capacity.first.map(CostDeltaText.figure) == "usable: (none) → 2 TB")
        let removed = try #require(Self.plan(before: report, after: nil, path: "fresh/reports/cost.json").costs.first)
        #expect(CostDeltaText.change(before: removed.beforeCents, after: nil, currency: "USD") == "-$5,000.50/mo (removed)")
    }

    @Test func figuresReadAsPeopleWriteThem() {
        #expect(CostDeltaText.value(6_635_520_000_000_000, .bytes) == "6.63 PB", "as capacity.md prints the same figure")
        #expect(CostDeltaText.value(999, .bytes) == "999 B")
        #expect(CostDeltaText.value(322_122_547_200, .memoryBytes) == "300 GiB")
        #expect(CostDeltaText.value(2_663_500, .millicores) == "2,663.5 cores")
        #expect(CostDeltaText.value(1, .months) == "1 month")
        #expect(CostDeltaText.value(9_000_000_000_000_000_000, .bytes) == "9 EB")
        #expect(CostDeltaText.money(-30_005, currency: "EUR") == "-€300.05")
        #expect(CostDeltaText.money(100, currency: "CHF") == "CHF 1.00")
        #expect(CostDeltaText.signed(0, currency: "USD") == "±$0.00")
    }

    @Test func textMarkdownAndJSONCarryTheDeltas() throws {
        let before = Self.report(total: 2_350_000, kafka: 200_000, usable: 3_750_000_000_000_000, kafkaPods: 12)
        let after = Self.report(total: 2_470_000, kafka: 320_000, usable: 4_500_000_000_000_000, kafkaPods: 15)
        let plan = Self.plan(before: before, after: after)
        let text = PlanTextRenderer.render(plan, color: false)
        #expect(text.contains("Cost and capacity changes:\n  medium: +$1,200.00/mo ($23,500.00 → $24,700.00)\n      per TB of data: $4.70 → $4.94\n      Kafka [kafka]: +$1,200.00/mo"))
        let markdown = PlanMarkdownRenderer.render(plan)
        #expect(markdown.contains("| `medium` | 0 | 1 | 0 | 0 | 0 | +$1,200.00 (+5.1%) | $24,700.00 |"))
        #expect(markdown.contains("| `medium` | Kafka (kafka) | $2,000.00 | $3,200.00 | +$1,200.00 (+60%) |"))
        #expect(markdown.contains("| `medium` | usable | 3.75 PB | 4.5 PB | |"))
        let json = try PlanJSONRenderer.render(plan)
        #expect(json.contains("\"delta_cents\" : 120000"))
        let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../schemas/plan.schema.json")
        let schema = try SchemaDocument(data: try Data(contentsOf: schemaURL))
        #expect(schema.validate(try JSONValue(json: Data(json.utf8))).map(\.description) == [])
        #expect(try JSONDecoder().decode(Plan.self, from: Data(json.utf8)) == plan)
    }
}
