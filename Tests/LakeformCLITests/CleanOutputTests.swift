import Foundation
import TestSupport
import Testing

/// JSON and Markdown on stdout are the document alone; every message goes to stderr.
@Suite struct CleanOutputTests {
    /// Whether `text` is one JSON document and nothing else.
    static func isJSON(_ text: String) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil
    }

    @Test func planShowAndCostPrintOnlyTheDocument() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let state = try StateBackend.sqlite.freshLocation(in: URL(fileURLWithPath: root))
        func run(_ arguments: [String]) throws -> LakeformProcess.Result {
            try LakeformProcess.run(arguments, in: root, environment: ["NO_COLOR": "1", "LAKEFORM_STATE": state])
        }

        let plan = try run(["plan", "--format", "json", "--out", "saved.plan"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(Self.isJSON(plan.stdout), "stdout is not exactly one JSON document: \(plan.stdout.suffix(200))")
        #expect(!plan.stdout.contains("Saved the plan"))
        #expect(plan.stderr.contains("Saved the plan to saved.plan. To apply exactly these changes, run: lakeform apply saved.plan"))

        let markdownPlan = try run(["plan", "--format", "markdown", "--out", "saved.plan"])
        #expect(!markdownPlan.stdout.contains("Saved the plan"))
        #expect(markdownPlan.stderr.contains("Saved the plan to saved.plan."))
        #expect(try run(["plan", "--out", "saved.plan"]).stdout.contains("\nSaved the plan to saved.plan."),
                "text output keeps the message on stdout")

        let shown = try run(["show", "--format", "json", "saved.plan"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(Self.isJSON(shown.stdout), "stdout is not exactly one JSON document: \(shown.stdout.prefix(200))")
        #expect(shown.stderr.contains("Saved plan against state serial"))
        let shownMarkdown = try run(["show", "--format", "markdown", "saved.plan"])
        #expect(!shownMarkdown.stdout.contains("Saved plan against"))
        #expect(shownMarkdown.stdout == (try run(["plan", "--format", "markdown"])).stdout)

        let cost = try run(["cost", "--format", "json"])
        #expect(cost.status == 0, "\(cost.stderr)")
        #expect(Self.isJSON(cost.stdout), "stdout is not exactly one JSON document: \(cost.stdout.suffix(200))")
    }

    @Test func explainAndDumpBlueprintPrintOnlyJSON() throws {
        let explain = try LakeformProcess.run(["explain", "small", "kafka.brokers", "--json"])
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(Self.isJSON(explain.stdout))
        let dump = try LakeformProcess.run(["dump-blueprint", "blueprints/examples/startup.yaml"])
        #expect(dump.status == 0, "\(dump.stderr)")
        #expect(Self.isJSON(dump.stdout))
    }
}
