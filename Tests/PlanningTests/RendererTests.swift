import ArtifactValidation
import Foundation
import LakeModel
import Testing
@testable import Planning

@Suite struct RendererTests {
    static let mixed = Planner.plan(
        desired: [
            PlanningFixtures.manifest("medium/kafka.yaml", PlanningFixtures.kafka.replacingOccurrences(of: "replicas: 3", with: "replicas: 2")),
            PlanningFixtures.manifest("medium/pool.yaml", "kind: KafkaNodePool\nspec:\n  roles: [broker]"),
            PlanningFixtures.manifest("small/new.yaml", "a: 1"),
        ],
        recorded: [
            "medium/kafka.yaml": PlanningFixtures.kafka, "medium/pool.yaml": "kind: KafkaNodePool\nspec:\n  roles: [controller]",
            "small/old.sql": "select 1;",
        ])

    @Test func textHasSymbolsAndTheSummaryLine() {
        let text = PlanTextRenderer.render(Self.mixed, color: false)
        #expect(text.hasSuffix("Plan: 2 to add, 1 to change, 2 to destroy.\n"))
        #expect(text.contains("  ~ medium/kafka.yaml\n      ~ spec.kafka.replicas: 3 → 2\n      # 6 unchanged keys hidden"))
        #expect(text.contains("-/+ medium/pool.yaml") && text.contains("  + small/new.yaml") && text.contains("  - small/old.sql"))
        #expect(text.hasPrefix("Destructive changes"))
        #expect(!text.contains("\u{1B}"))
        #expect(PlanTextRenderer.render(Self.mixed, color: true).contains("\u{1B}[31m"))
    }

    @Test func noChanges() {
        let plan = Planner.plan(desired: [PlanningFixtures.manifest("m/a.yaml", "a: 1")], recorded: ["m/a.yaml": "a: 1"])
        #expect(PlanTextRenderer.render(plan, color: true) == "No changes. Generated artifacts match the blueprints.\n")
        #expect(PlanMarkdownRenderer.render(plan) == "<!-- lakeform-plan: blueprints -->\nNo changes. Generated artifacts match the blueprints.\n",
                "the marker stays so that a workflow replaces an outdated comment")
    }

    @Test func markdownHasDetailsTablesAndDiffFences() {
        let markdown = PlanMarkdownRenderer.render(Self.mixed)
        #expect(markdown.hasPrefix("<!-- lakeform-plan: blueprints -->\n### Lakeform plan\n\n**Plan: 2 to add, 1 to change, 2 to destroy.**\n"))
        #expect(markdown.contains("#### Lake `medium`") && markdown.contains("#### Lake `small`"))
        #expect(markdown.contains("| -/+ replace | `medium/pool.yaml` | 1 |"))
        #expect(markdown.contains("```diff\n! spec.kafka.replicas: 3 → 2\n"))
        #expect(!markdown.contains("Truncated"))
        #expect(markdown.hasSuffix("</details>\n"))
    }

    @Test func hugeMarkdownIsTruncatedUnderTheLimit() {
        let plan = PlanningFixtures.huge(artifacts: 1_000, keys: 20)
        #expect(plan.summary.change == 1_000)
        let markdown = PlanMarkdownRenderer.render(plan)
        #expect(markdown.utf8.count < 65_536)
        #expect(markdown.contains("**Truncated:**"))
        #expect(markdown.contains("</details>\n"))
        #expect(markdown.components(separatedBy: "```").count % 2 == 1)
    }

    @Test func jsonMatchesTheSchemaAndUsesTerraformActions() throws {
        let json = try PlanJSONRenderer.render(Self.mixed)
        let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../schemas/plan.schema.json")
        let schema = try SchemaDocument(data: try Data(contentsOf: schemaURL))
        #expect(schema.validate(try JSONValue(json: Data(json.utf8))).map(\.description) == [])
        #expect(json.contains(#""format_version" : "1.3""#))
        #expect(json.contains("[\n        \"delete\",\n        \"create\"\n      ]"))
        let decoded = try JSONDecoder().decode(Plan.self, from: Data(json.utf8))
        #expect(decoded == Self.mixed)
        #expect(schema.validate(try JSONValue(json: Data(#"{"format_version": "2.0"}"#.utf8))).count >= 5)
    }

    @Test func plansSavedBeforeTheRiskySectionStillDecode() throws {
        let old = #"{"format_version": "1.1", "changes": [], "summary": {"add": 0, "change": 0, "destroy": 0}, "destructive": [], "costs": []}"#
        let plan = try JSONDecoder().decode(Plan.self, from: Data(old.utf8))
        #expect(plan.formatVersion == "1.1" && plan.risky.isEmpty)
    }
}
