import Foundation
import TestSupport
import Testing

/// An apply killed at each step leaves generated/ and the state agreeing: both at the old revision or both at the
/// new one, once the next command has finished (or discarded) the interrupted apply.
@Suite struct ApplyCrashTests {
    /// The checkpoints of `ApplyCheckpoint`, and the serial the state must end at when the apply dies there.
    static let steps: [(step: String, serial: Int)] = [("lock", 1), ("journal", 1), ("commit", 2), ("scope", 2), ("write", 2)]

    @Test(arguments: StateBackend.available, Self.steps.map(\.step))
    func anApplyKilledAtAnyStepLeavesStateAndGeneratedConsistent(backend: StateBackend, step: String) throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let state = try backend.freshLocation(in: URL(fileURLWithPath: root))
        func run(_ arguments: [String], _ environment: [String: String] = [:]) throws -> LakeformProcess.Result {
            try LakeformProcess.run(arguments, in: root, environment: environment.merging(["NO_COLOR": "1", "LAKEFORM_STATE": state]) { $1 })
        }
        #expect(try run(["apply", "--auto-approve"]).status == 0)
        let blueprint = "\(root)/blueprints/startup.yaml"
        let text = try String(contentsOfFile: blueprint, encoding: .utf8)
        try text.replacingOccurrences(of: "dataVolume: 50TB", with: "dataVolume: 80TB").write(toFile: blueprint, atomically: true, encoding: .utf8)

        let crashed = try run(["apply", "--auto-approve"], ["LAKEFORM_TEST_ABORT_AFTER": step])
        #expect(crashed.status == 86, "\(crashed.stderr)")
        #expect(crashed.stderr.contains("aborted after \(step)"))
        let journal = "\(root)/generated/.lakeform-apply.json"
        #expect(FileManager.default.fileExists(atPath: journal) == (step != "lock"))

        // A crash leaves the SQLite lock behind, as Terraform's would, and the user clears it by its id;
        // PostgreSQL's advisory lock ends with the session.
        let blocked = try run(["drift", "--lock-timeout", "0s"])
        if blocked.status == 1, let id = blocked.stderr.components(separatedBy: "lakeform force-unlock ").last?.prefix(36) {
            #expect(blocked.stderr.contains("is no longer running on this host"))
            #expect(try run(["force-unlock", String(id)]).status == 0)
        }
        let drift = try run(["drift"])
        #expect(drift.status == 0, "\(drift.stdout)\(drift.stderr)")
        let expected = Self.steps.first { $0.step == step }!.serial
        #expect(drift.stdout.contains("matches state serial \(expected)."), "\(drift.stdout)")
        #expect(!FileManager.default.fileExists(atPath: journal))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: "\(root)/generated").filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        #expect(try run(["plan", "--detailed-exitcode"]).status == (expected == 1 ? 2 : 0))
    }
}
