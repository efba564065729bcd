import Foundation
import TestSupport
import Testing

/// A state without revisions beside a generated/ an earlier apply wrote (a missing, empty or wrong state file):
/// `plan` says why everything is "to add", and `apply` refuses unless `--new-state` (issue 16, item 3).
@Suite struct EmptyStateTests {
    static let cases = ["missing file", "empty file"]

    @Test(arguments: cases)
    func planWarnsAndApplyRefusesUnlessNewState(_ kind: String) throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = { (state: String, arguments: [String]) in
            try LakeformProcess.run(arguments, in: root, environment: ["NO_COLOR": "1", "LAKEFORM_STATE": "\(root)/\(state)"])
        }
        #expect(try run("applied.db", ["apply", "--auto-approve"]).status == 0)
        if kind == "empty file" { FileManager.default.createFile(atPath: "\(root)/lost.db", contents: Data()) }
        let values = "\(root)/generated/startup/helm/trino.values.yaml"
        let before = try String(contentsOfFile: values, encoding: .utf8)

        let plan = try run("lost.db", ["plan"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("Warning: the state at \(root)/lost.db has no revision, but generated/ holds lake startup"))
        #expect(plan.stdout.contains("Everything below is \"to add\" because the state is empty"))
        #expect(plan.stdout.contains("lakeform apply --new-state"))
        #expect(!plan.stdout.contains("(not in the state)"), "the warning stands for the list of every file")
        let json = try run("lost.db", ["plan", "--format", "json"])
        #expect(json.stdout.hasPrefix("{") && json.stderr.contains("has no revision"))

        let drift = try run("lost.db", ["drift"])
        #expect(drift.status == 4, "an empty state is no longer \"No drift\"")
        #expect(drift.stdout.contains("has no revision, so every file of startup is not in it"))
        let refused = try run("lost.db", ["apply", "--auto-approve"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("has no revision, but generated/ holds lake startup from an earlier apply; nothing was applied [apply.emptyState]"))
        #expect(refused.stderr.contains("--new-state"))
        #expect(!refused.stdout.contains("Apply complete"))
        #expect(try run("lost.db", ["state", "history"]).stdout.isEmpty)
        #expect(try String(contentsOfFile: values, encoding: .utf8) == before)

        let started = try run("lost.db", ["apply", "--auto-approve", "--new-state"])
        #expect(started.status == 0, "\(started.stderr)")
        #expect(started.stdout.contains("Apply complete!"))
        #expect(!(try run("lost.db", ["plan"])).stdout.contains("Warning: the state"))
    }

    @Test func aNewRepositoryPlansWithoutTheWarning() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let plan = try LakeformProcess.run(["plan"], in: root, environment: ["NO_COLOR": "1", "LAKEFORM_STATE": "\(root)/state.db"])
        #expect(plan.status == 0)
        #expect(!plan.stdout.contains("Warning: the state"))
    }
}
