import ArtifactValidation
import Foundation
import LakeModel
import Testing
@testable import Planning

/// Drift in the plan documents (issue 16, item 3): a Markdown section, and JSON `drift` (format 1.3) that matches
/// schemas/plan.schema.json and decodes back.
@Suite struct DriftRenderingTests {
    static func drifted(_ count: Int, changes: Bool) -> Plan {
        var plan = Planner.plan(desired: changes ? [Artifact(path: "lake/helm/a.values.yaml", kind: .helmValues, contents: "a: 2\n")] : [],
                                recorded: changes ? ["lake/helm/a.values.yaml": "a: 1\n"] : [:])
        plan.drift = (0..<count).map { DriftedFile(path: "stray-\($0).txt", change: .notInState) }
            + [DriftedFile(path: "lake/helm/b.values.yaml", change: .edited)]
        return plan
    }

    @Test func markdownHasADriftSectionEvenWithoutChanges() {
        let withChanges = PlanMarkdownRenderer.render(Self.drifted(1, changes: true))
        #expect(withChanges.contains("#### ⚠️ Drift: generated/ changed outside Lakeform\n\n- `generated/stray-0.txt`: not in the state\n"))
        #expect(withChanges.contains("- `generated/lake/helm/b.values.yaml`: edited\n"))
        let withoutChanges = PlanMarkdownRenderer.render(Self.drifted(1, changes: false))
        #expect(withoutChanges.hasPrefix(PlanMarkdownRenderer.marker("blueprints") + PlanSummary.noChangesLine))
        #expect(withoutChanges.contains("- `generated/stray-0.txt`: not in the state\n"))
        let many = PlanMarkdownRenderer.render(Self.drifted(200, changes: false))
        #expect(many.contains("- … and 151 more (`lakeform drift` lists them)"))
        #expect(PlanMarkdownRenderer.render(Self.drifted(0, changes: false).withoutDrift) == PlanMarkdownRenderer.marker("blueprints") + PlanSummary.noChangesLine + "\n")
    }

    @Test func jsonCarriesTheDriftArrayAndMatchesTheSchema() throws {
        let plan = Self.drifted(2, changes: true)
        let json = try PlanJSONRenderer.render(plan)
        let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../schemas/plan.schema.json")
        let schema = try SchemaDocument(data: try Data(contentsOf: schemaURL))
        #expect(schema.validate(try JSONValue(json: Data(json.utf8))).map(\.description) == [])
        #expect(json.contains("\"change\" : \"not in the state\""))
        #expect(try JSONDecoder().decode(Plan.self, from: Data(json.utf8)) == plan)
        let older = #"{"format_version": "1.2", "changes": [], "summary": {"add": 0, "change": 0, "destroy": 0}, "destructive": [], "risky": [], "costs": []}"#
        #expect(try JSONDecoder().decode(Plan.self, from: Data(older.utf8)).drift.isEmpty)
    }
}

extension Plan {
    fileprivate var withoutDrift: Plan {
        var plan = self
        plan.drift = []
        return plan
    }
}
