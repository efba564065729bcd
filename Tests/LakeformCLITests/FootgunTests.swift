import Foundation
import TestSupport
import Testing

/// What a new user trips over first (issue 16): `report` on a fresh clone, path-scoped commands, the first plan.
@Suite struct FootgunTests {
    /// A scratch repository with the startup lake and a second lake, `other`, and a runner against its own state.
    static func twoLakes() throws -> (root: String, run: ([String]) throws -> LakeformProcess.Result) {
        let root = try ScratchRepository.withStartupBlueprint()
        let startup = try String(contentsOfFile: "\(root)/blueprints/startup.yaml", encoding: .utf8)
        try startup.replacingOccurrences(of: "  - name: startup\n", with: "  - name: other\n")
            .write(toFile: "\(root)/blueprints/other.yaml", atomically: true, encoding: .utf8)
        let state = "\(root)/.lakeform/test-state.db"
        return (root, { arguments in
            try LakeformProcess.run(arguments, in: root, environment: ["NO_COLOR": "1", "LAKEFORM_STATE": state])
        })
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func reportWritesTheReportsOfAFreshClone() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try LakeformProcess.run(["build"], in: root).status == 0)
        try FileManager.default.removeItem(atPath: "\(root)/.lakeform")
        try FileManager.default.removeItem(atPath: "\(root)/generated/startup/reports")
        let report = try LakeformProcess.run(["report"], in: root)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Wrote ") && !report.stderr.contains("refusing"))
        #expect(FileManager.default.fileExists(atPath: "\(root)/generated/startup/reports/cost.md"))
        #expect(try LakeformProcess.run(["build", "--check"], in: root).status == 0, "report writes what build writes")
    }

    @Test func buildAndReportAfterAnApplyWriteWhatTheApplyWrote() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let environment = ["NO_COLOR": "1", "LAKEFORM_STATE": ""]
        #expect(try LakeformProcess.run(["build"], in: root, environment: environment).status == 0)
        // generated/ holds lakes and the state is empty: apply adopts them only when told (--new-state).
        #expect(try LakeformProcess.run(["apply", "--auto-approve", "--new-state"], in: root, environment: environment).status == 0)
        let build = try LakeformProcess.run(["build", "--check"], in: root, environment: environment)
        #expect(build.status == 0, "build sizes from the recorded state as apply does: \(build.stdout)\(build.stderr)")
        let report = try LakeformProcess.run(["report", "--check"], in: root, environment: environment)
        #expect(report.status == 0, "\(report.stdout)\(report.stderr)")
    }

    @Test func pathScopedCommandsNeverRewriteOrDestroyOtherLakes() throws {
        let (root, run) = try Self.twoLakes()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try run(["apply", "--auto-approve"]).status == 0)
        let other = "\(root)/generated/other/helm/minio.values.yaml", tiers = "\(root)/generated/reports/tiers.md"
        let (otherBefore, tiersBefore) = (try Self.read(other), try Self.read(tiers))
        let blueprint = "\(root)/blueprints/startup.yaml"
        try Self.read(blueprint).replacingOccurrences(of: "dataVolume: 50TB", with: "dataVolume: 80TB")
            .write(toFile: blueprint, atomically: true, encoding: .utf8)

        let scoped = try run(["plan", "blueprints/startup.yaml"])
        #expect(scoped.stdout.contains("to change, 0 to destroy."), "\(scoped.stdout.suffix(300))")
        #expect(!scoped.stdout.contains("other/") && !scoped.stdout.contains("reports/tiers.md"))
        #expect(scoped.stdout.contains("Note: Only lake startup planned: other lakes and the repository-wide reports/ stay as recorded."))
        let applied = try run(["apply", "--auto-approve", "blueprints/startup.yaml"])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(try Self.read(other) == otherBefore && (try Self.read(tiers)) == tiersBefore)
        #expect(try run(["build", "blueprints/startup.yaml"]).status == 0)
        #expect(try Self.read(tiers) == tiersBefore, "a scoped build leaves the repository-wide reports alone")
        #expect(try run(["report", "blueprints/startup.yaml"]).status == 0)
        #expect(try Self.read(tiers) == tiersBefore)

        let next = try run(["plan"])
        #expect(next.stdout.contains("Plan: 0 to add, 2 to change, 0 to destroy."), "only the repository-wide reports: \(next.stdout.suffix(300))")
        #expect(next.stdout.contains("~ reports/tiers.md") && next.stdout.contains("~ reports/index.html"))
    }

    @Test func theFirstPlanSaysWhyEverythingIsToAdd() throws {
        let (root, run) = try Self.twoLakes()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let note = "The state is empty: every artifact is new to it, including files already committed under generated/. Apply records them."
        #expect(try run(["plan"]).stdout.contains("Note: \(note)\nPlan: "))
        #expect(try run(["plan", "--format", "markdown"]).stdout.contains("> \(note)"))
        #expect(try run(["apply", "--auto-approve"]).status == 0)
        try Self.read("\(root)/blueprints/startup.yaml").replacingOccurrences(of: "dataVolume: 50TB", with: "dataVolume: 80TB")
            .write(toFile: "\(root)/blueprints/startup.yaml", atomically: true, encoding: .utf8)
        let second = try run(["plan"])
        #expect(second.stdout.contains("to change") && !second.stdout.contains("The state is empty"))
    }

    @Test func commandsFindTheRepositoryRootFromASubfolder() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let sub = "\(root)/blueprints"
        func run(_ arguments: [String], in directory: String) throws -> LakeformProcess.Result {
            try LakeformProcess.run(arguments, in: directory, environment: ["NO_COLOR": "1", "LAKEFORM_STATE": ""])
        }
        let fromRoot = try run(["plan"], in: root)
        let fromSub = try run(["plan"], in: sub)
        #expect(fromSub.status == 0 && fromSub.stdout == fromRoot.stdout, "\(fromSub.stderr)")
        #expect(try run(["validate"], in: sub).status == 0)

        let saved = try run(["plan", "startup.yaml", "--out", "saved.plan"], in: sub)
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stdout.contains("run: lakeform apply saved.plan"))
        #expect(FileManager.default.fileExists(atPath: "\(sub)/saved.plan"), "paths stay relative to where the command started")
        #expect(try run(["show", "saved.plan"], in: sub).stdout.contains("Plan: "))

        let applied = try run(["apply", "--auto-approve"], in: sub)
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(FileManager.default.fileExists(atPath: "\(root)/generated/startup/helmfile.yaml"))
        #expect(FileManager.default.fileExists(atPath: "\(root)/.lakeform/state.db"))
        #expect(!FileManager.default.fileExists(atPath: "\(sub)/generated") && !FileManager.default.fileExists(atPath: "\(sub)/.lakeform"))
        #expect(try run(["plan"], in: "\(root)/generated/startup/helm").stdout.contains("No changes."))
    }
}
