import Foundation
import Testing
import TestSupport

/// The CI recipe's flow: an author commits `build` output with a blueprint change, the pull request is planned, and
/// the merge applies it. Files that already hold what plan and apply write are pending, never drift; a real hand edit
/// still is.
@Suite struct PendingBuildOutputTests {
    @Test func committedBuildOutputIsPendingNotDrift() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = { (arguments: [String]) in
            try LakeformProcess.run(arguments, in: root, environment: ["NO_COLOR": "1", "LAKEFORM_STATE": "\(root)/state.db"])
        }
        #expect(try run(["apply", "--auto-approve"]).status == 0)
        try RecordedTopologyTests.grow(root, from: "dataVolume: 50TB", to: "dataVolume: 75TB")
        #expect(try run(["build"]).status == 0)
        let plan = try run(["plan", "--detailed-exitcode", "--format", "json"])
        #expect(plan.status == 2, "changes, and no drift (6): \(plan.stderr)")
        #expect(!plan.stderr.contains("changed outside of Lakeform"))
        let apply = try run(["apply", "--auto-approve"])
        #expect(apply.status == 0, "\(apply.stderr)")
        #expect(try run(["drift"]).status == 0)

        let values = "\(root)/generated/startup/helm/trino.values.yaml"
        try (String(contentsOfFile: values, encoding: .utf8) + "# hand edit\n").write(toFile: values, atomically: true, encoding: .utf8)
        let edited = try run(["plan", "--detailed-exitcode"])
        #expect(edited.status == 6 && edited.stdout.contains("trino.values.yaml"))
    }
}
