import Foundation
@testable import LakeformCLI
import TestSupport
import Testing

/// The plan memo: a second identical plan replays the first one's output and exit status, and any change to what a
/// plan reads (a blueprint, a price book, the state, generated/, the environment, the options) runs it again.
@Suite struct PlanMemoTests {
    /// A scratch repository with the startup blueprint applied to a state of its own.
    struct Repository {
        let root: String
        let state: String

        init(state: String? = nil) throws {
            root = try ScratchRepository.withStartupBlueprint()
            self.state = state ?? "\(root)/state.db"
        }

        /// Runs lakeform with the memo traced on stderr.
        func run(_ arguments: [String], environment: [String: String] = [:]) throws -> LakeformProcess.Result {
            try LakeformProcess.run(arguments, in: root, environment: [
                "NO_COLOR": "1", "LAKEFORM_STATE": state, PlanMemo.traceVariable: "1",
            ].merging(environment) { $1 })
        }

        /// Waits out the racy window, so the next plan's inputs are old enough to be stored.
        func settle() { Thread.sleep(forTimeInterval: Double(PlanMemoKey.racyWindow) / 1e9 + 0.2) }

        /// Plans until the memo holds the plan of `arguments`, and returns that plan.
        func stored(_ arguments: [String] = ["plan"]) throws -> LakeformProcess.Result {
            settle()
            let plan = try run(arguments)
            #expect(plan.stderr.contains("plan memo: stored"), "\(plan.stderr)")
            return plan
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }

        /// stderr without the memo's trace.
        static func untraced(_ stderr: String) -> String {
            stderr.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("plan memo: ") }.joined(separator: "\n")
        }
    }

    @Test func aSecondIdenticalPlanIsReplayedWithItsExitStatus() throws {
        let repository = try Repository()
        defer { repository.remove() }
        #expect(try repository.run(["apply", "--auto-approve"]).status == 0)
        let blueprint = "\(repository.root)/blueprints/startup.yaml"
        let text = try String(contentsOfFile: blueprint, encoding: .utf8)
        try text.replacingOccurrences(of: "dataVolume: 50TB", with: "dataVolume: 80TB").write(toFile: blueprint, atomically: true, encoding: .utf8)

        let first = try repository.stored(["plan", "--detailed-exitcode"])
        #expect(first.status == 2)
        let second = try repository.run(["plan", "--detailed-exitcode"])
        #expect(second.stderr.contains("plan memo: hit"))
        #expect(second.status == 2)
        #expect(second.stdout == first.stdout)
        #expect(Repository.untraced(second.stderr) == Repository.untraced(first.stderr))
        #expect(second.stdout.contains("+ tenant.pools[name=pool-1].servers: "))
    }

    /// One change to what a plan reads, made after the memo stored a plan.
    enum Change: String, CaseIterable {
        case blueprintByte, priceBook, generatedFile, environment, option

        func make(_ repository: Repository) throws -> [String: String] {
            let root = repository.root
            switch self {
            case .blueprintByte:
                // Same size, and the modification time put back: the status-change time still tells.
                let path = "\(root)/blueprints/startup.yaml"
                let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
                let text = try String(contentsOfFile: path, encoding: .utf8)
                try Data(text.replacingOccurrences(of: "dataVolume: 50TB", with: "dataVolume: 60TB").utf8).write(to: URL(fileURLWithPath: path))
                try FileManager.default.setAttributes([.modificationDate: modified as Any], ofItemAtPath: path)
            case .priceBook:
                try FileManager.default.createDirectory(atPath: "\(root)/pricebooks", withIntermediateDirectories: true)
                try "name: extra\n".write(toFile: "\(root)/pricebooks/extra.yaml", atomically: true, encoding: .utf8)
            case .generatedFile:
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(root)/generated/startup/helmfile.yaml"))
                try handle.seekToEnd()
                try handle.write(contentsOf: Data("# edited\n".utf8))
                try handle.close()
            case .environment:
                return ["LAKEFORM_BLUEPRINT_TIMEOUT": "90"]
            case .option:
                break
            }
            return [:]
        }

        var arguments: [String] { self == .option ? ["plan", "--format", "json"] : ["plan"] }
    }

    @Test(arguments: Change.allCases)
    func aChangeRunsThePlanAgain(change: Change) throws {
        let repository = try Repository()
        defer { repository.remove() }
        #expect(try repository.run(["apply", "--auto-approve"]).status == 0)
        let first = try repository.stored()
        #expect(try repository.run(["plan"]).stderr.contains("plan memo: hit"))

        let environment = try change.make(repository)
        let again = try repository.run(change.arguments, environment: environment)
        #expect(again.stderr.contains("plan memo: miss"), "\(again.stderr)")
        #expect(!again.stderr.contains("plan memo: hit"))
        if change == .blueprintByte || change == .generatedFile { #expect(again.stdout != first.stdout) }
    }

    @Test func anApplyToTheStateRunsThePlanAgain() throws {
        let repository = try Repository()
        defer { repository.remove() }
        #expect(try repository.run(["apply", "--auto-approve"]).status == 0)
        _ = try repository.stored()
        // Another checkout applies an edit to the same state; this one's files stay as they were.
        let other = try Repository(state: repository.state)
        defer { other.remove() }
        let blueprint = "\(other.root)/blueprints/startup.yaml"
        let text = try String(contentsOfFile: blueprint, encoding: .utf8)
        try text.replacingOccurrences(of: "dataVolume: 50TB", with: "dataVolume: 80TB").write(toFile: blueprint, atomically: true, encoding: .utf8)
        #expect(try other.run(["apply", "--auto-approve", "--overwrite-drift"]).status == 0)

        let again = try repository.run(["plan"])
        #expect(again.stderr.contains("plan memo: miss"), "\(again.stderr)")
        #expect(again.stdout.contains("dataVolume") || again.stdout.contains("pool-1") || again.stdout.contains("to change"), "\(again.stdout)")
    }

    @Test func theMemoCanBeTurnedOffAndNeverStandsForASavedPlan() throws {
        let repository = try Repository()
        defer { repository.remove() }
        #expect(try repository.run(["apply", "--auto-approve"]).status == 0)
        let first = try repository.stored()
        let off = try repository.run(["plan"], environment: [PlanMemo.disableVariable: "1"])
        #expect(!off.stderr.contains("plan memo:"))
        #expect(off.stdout == first.stdout)
        let saved = try repository.run(["plan", "--out", "saved.plan"])
        #expect(!saved.stderr.contains("plan memo: hit"))
        #expect(FileManager.default.fileExists(atPath: "\(repository.root)/saved.plan"))
    }

    @Test func onlyAPlainPlanCommandLineIsReadBeforeArgumentParser() {
        #expect(PlanInvocation(arguments: ["plan", "--format=json", "--detailed-exitcode", "--state", "s.db"])
            == PlanInvocation(paths: [], state: "s.db", lockTimeout: "30s", format: .json, detailedExitcode: true,
                              failOnDestructive: false, blueprintTimeout: nil))
        for arguments in [["apply"], ["plan", "--out", "x"], ["plan", "--no-cache"], ["plan", "--help"], ["plan", "--state"],
                          ["plan", "--format", "yaml"], ["plan", "--state", "a", "--state", "b"], ["plan", "--", "x"],
                          ["plan", "--state", "-x"], ["plan", "--detailed-exitcode=1"], ["plan", "-h"]] {
            #expect(PlanInvocation(arguments: arguments) == nil, "\(arguments)")
        }
        #expect(PlanMemo.Recording.isCovered("blueprints/../pricebooks/on-prem.yaml", walkingBlueprints: false))
        #expect(!PlanMemo.Recording.isCovered("../pricebooks/on-prem.yaml", walkingBlueprints: true))
        #expect(!PlanMemo.Recording.isCovered("books/on-prem.yaml", walkingBlueprints: true))
    }

    @Test func aTranscriptPastTheLimitIsDropped() {
        ConsoleTranscript.start(limit: 1 << 20)
        ConsoleTranscript.note(STDOUT_FILENO, "small")
        #expect(ConsoleTranscript.stop()?.contains(ConsoleTranscript.Chunk(descriptor: STDOUT_FILENO, bytes: Array("small\n".utf8))) == true)
        ConsoleTranscript.start(limit: 50)
        ConsoleTranscript.note(STDOUT_FILENO, String(repeating: "x", count: 100))
        #expect(ConsoleTranscript.stop() == nil, "a transcript past its limit is dropped")
        #expect(ConsoleTranscript.stop() == nil, "no transcript is open")
    }
}
