import Diagnostics
import Foundation

/// Runs a compiled blueprint with a time limit and turns how it ended into an outcome: the wire JSON it
/// wrote, or `blueprint.timeout`, `blueprint.crashed`, `blueprint.noOutput` or the DSL's own errors.
enum BlueprintRunner {
    /// What a run gave: the outcome, and on success the wire JSON to cache.
    struct Run: Sendable {
        var outcome: LoadOutcome
        var wire: Data?
    }

    static func run(binary: String, userPath: String, timeout: Duration, environment: [String: String]) -> Run {
        let wirePath = URL(fileURLWithPath: binary).deletingLastPathComponent().path + "/wire.json"
        let ran: ChildProcess.Result
        do {
            ran = try ChildProcess.run(binary, [], environment: programEnvironment(environment, output: wirePath), timeout: timeout)
        } catch {
            return Run(outcome: .failed(Diagnostics([.error(
                "blueprint.crashed", "cannot start the compiled blueprint: \(error)", source: .file(userPath)
            )])), wire: nil)
        }
        return outcome(of: ran, wire: FileManager.default.contents(atPath: wirePath), userPath: userPath, timeout: timeout)
    }

    /// `environment` plus what a blueprint program reads: where its result goes, and no backtraces.
    static func programEnvironment(_ environment: [String: String], output: String) -> [String: String] {
        var programEnvironment = environment
        programEnvironment["LAKEFORM_WIRE_OUTPUT"] = output
        programEnvironment["SWIFT_BACKTRACE"] = "enable=no"
        return programEnvironment
    }

    /// How a run that ended as `ran` and wrote `wire` (nil: no file) is reported.
    static func outcome(of ran: ChildProcess.Result, wire: Data?, userPath: String, timeout: Duration) -> Run {
        let file = SourceLocation.file(userPath)
        func failed(_ diagnostic: Diagnostic) -> Run {
            Run(outcome: .failed(Diagnostics([diagnostic])), wire: nil)
        }
        let crash = CrashReport.diagnostic(stderr: ran.stderr, termination: ran.termination, userPath: userPath)
        guard case .exited(let status) = ran.termination else {
            guard ran.termination == .timedOut else { return failed(crash) }
            return failed(.error(
                "blueprint.timeout", "evaluation did not finish within \(describe(timeout)); look for an endless loop",
                source: file
            ))
        }
        guard let wire else {
            guard status == 0 else { return failed(crash) }
            return failed(.error(
                "blueprint.noOutput", "the blueprint wrote no result; declare `let blueprint = Blueprint { … }`",
                source: file
            ))
        }
        switch EvaluationReader.read(wire, userPath: userPath) {
        case .loaded(let blueprint, _) where status == 0:
            let printed = Diagnostics(printedOutput(ran, userPath: userPath))
            return Run(outcome: .loaded(blueprint, warnings: printed), wire: wire)
        case .failed(let diagnostics) where status == 0 || diagnostics.contains(where: { $0.id == "blueprint.dsl" }):
            return Run(outcome: .failed(diagnostics), wire: nil)
        default:
            return failed(crash)
        }
    }

    /// A `blueprint.output` note with the first lines the blueprint printed, if it printed anything.
    private static func printedOutput(_ run: ChildProcess.Result, userPath: String) -> [Diagnostic] {
        let lines = (run.stdout + run.stderr).split(separator: "\n").map(String.init)
        guard !lines.isEmpty else { return [] }
        return [Diagnostic(
            id: "blueprint.output", severity: .note,
            message: "the blueprint printed \(lines.count) line\(lines.count == 1 ? "" : "s")",
            source: .file(userPath), notes: Array(lines.prefix(10))
        )]
    }

    /// "60 s", "2 s", "0.5 s".
    static func describe(_ duration: Duration) -> String {
        let seconds = duration.timeInterval
        return seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
    }
}
