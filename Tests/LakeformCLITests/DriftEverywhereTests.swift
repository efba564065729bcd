import Foundation
import TestSupport
import Testing

/// Drift covers every file and folder under generated/, no scratch file of a dead process stays there, `plan` never
/// reads an apply half-way, and drift shows in every plan format and in `--detailed-exitcode` (issue 16, item 3).
@Suite struct DriftEverywhereTests {
    private static func applied() throws -> (root: String, run: ([String]) throws -> LakeformProcess.Result) {
        let root = try ScratchRepository.withStartupBlueprint()
        let run = { (arguments: [String]) in
            try LakeformProcess.run(arguments, in: root, environment: ["NO_COLOR": "1", "LAKEFORM_STATE": "\(root)/state.db"])
        }
        let apply = try run(["apply", "--auto-approve"])
        try #require(apply.status == 0, "\(apply.stderr)")
        return (root, run)
    }

    @Test func straysAnywhereAreDriftInEveryFormat() throws {
        let (root, run) = try Self.applied()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "notes\n".write(toFile: "\(root)/generated/notes.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: "\(root)/generated/old/empty", withIntermediateDirectories: true)
        try "kind: KafkaTopic\n".write(toFile: "\(root)/generated/startup/manifests/KafkaTopic.junk.yaml", atomically: true, encoding: .utf8)

        let drift = try run(["drift"])
        #expect(drift.status == 4)
        #expect(drift.stdout.contains("  ! generated/notes.txt (not in the state)"))
        #expect(drift.stdout.contains("  ! generated/old/ (not in the state)"), "the topmost empty folder: \(drift.stdout)")
        #expect(drift.stdout.contains("  ! generated/startup/manifests/KafkaTopic.junk.yaml (not in the state)"))

        let text = try run(["plan", "--detailed-exitcode"])
        #expect(text.status == 6, "drift without changes exits 6: \(text.stderr)")
        #expect(text.stdout.contains("! generated/notes.txt (not in the state)"))
        let json = try run(["plan", "--format", "json", "--detailed-exitcode"])
        #expect(json.status == 6)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let entries = try #require(document["drift"] as? [[String: String]])
        #expect(entries.map { $0["path"] ?? "" } == ["notes.txt", "old/", "startup/manifests/KafkaTopic.junk.yaml"])
        #expect(entries.allSatisfy { $0["change"] == "not in the state" })
        #expect(document["format_version"] as? String == "1.3")
        #expect(try run(["plan", "--out", "drifted.plan"]).status == 0)
        let shown = try run(["show", "drifted.plan"])
        #expect(shown.stdout.contains("! generated/notes.txt (not in the state)"), "show keeps the drift: \(shown.stdout)")
        let markdown = try run(["plan", "--format", "markdown"])
        #expect(markdown.stdout.contains("### ⚠️ Drift: generated/ changed outside Lakeform"))
        #expect(markdown.stdout.contains("- `generated/notes.txt`: not in the state"))

        let overwritten = try run(["apply", "--auto-approve", "--overwrite-drift"])
        #expect(overwritten.status == 0, "\(overwritten.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(root)/generated/notes.txt"))
        #expect(!FileManager.default.fileExists(atPath: "\(root)/generated/old"))
        #expect(!FileManager.default.fileExists(atPath: "\(root)/generated/startup/manifests/KafkaTopic.junk.yaml"))
        let clean = try run(["plan", "--detailed-exitcode", "--format", "json"])
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("\"drift\" : [\n\n  ]"))
    }

    @Test func scratchFilesOfDeadProcessesAreRemovedAndNeverDrift() throws {
        let (root, run) = try Self.applied()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let journalTemporary = "\(root)/generated/.lakeform-apply.json.\(gone.processIdentifier).tmp"
        let staging = "\(root)/generated/.lakeform-staging-\(gone.processIdentifier)"
        try "{\"lineage\":".write(toFile: journalTemporary, atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: "\(staging)/startup", withIntermediateDirectories: true)

        let drift = try run(["drift"])
        #expect(drift.status == 0, "\(drift.stdout)")
        #expect(!FileManager.default.fileExists(atPath: journalTemporary))
        #expect(!FileManager.default.fileExists(atPath: staging))
    }

    @Test func planWaitsForAnApplyInsteadOfReportingFalseDrift() throws {
        let (root, run) = try Self.applied()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let blueprint = "\(root)/blueprints/startup.yaml"
        try String(contentsOfFile: blueprint, encoding: .utf8).replacingOccurrences(of: "dataVolume: 50TB", with: "dataVolume: 80TB")
            .write(toFile: blueprint, atomically: true, encoding: .utf8)
        // Held after the commit and the first folder swapped: generated/ is half old, half new.
        let apply = try PausedApply(state: "\(root)/state.db", in: root, step: "scope")
        let during = try run(["plan", "--lock-timeout", "0s"])
        #expect(during.status == 1)
        #expect(during.stderr.contains("the state is locked by "), "\(during.stderr)")
        #expect(!during.stdout.contains("edited by hand") && !during.stdout.contains("deleted)"))
        apply.kill()

        let after = try run(["plan", "--detailed-exitcode"])
        #expect(after.status == 0, "\(after.stdout)\(after.stderr)")
        #expect(after.stderr.contains("Finished an interrupted apply"))
        #expect(!after.stdout.contains("Note: generated/ has changed"))
    }
}
