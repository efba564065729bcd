import Diagnostics
import Foundation

/// Turns a crashed blueprint's stderr into a `blueprint.crashed` diagnostic: the Swift runtime's
/// `file:line: Fatal error: message` line as message and location, a few lines before it, no stack trace.
enum CrashReport {
    static let maxNotes = 5

    static func diagnostic(stderr: String, termination: ChildProcess.Termination, userPath: String) -> Diagnostic {
        let ending = describe(termination)
        let lines = stderr.split(separator: "\n").map(String.init)
        let traceStart = lines.firstIndex { line in
            ["Current stack trace:", "*** Signal", "💣"].contains { line.hasPrefix($0) }
        } ?? lines.endIndex
        var context = lines[..<traceStart].filter { !$0.allSatisfy(\.isWhitespace) }
        let stop = /^(?:(?<file>[^:]+):(?<line>\d+): )?(?<message>(?:Fatal error|Precondition failed|Assertion failed).*)$/
        guard let index = context.lastIndex(where: { $0.wholeMatch(of: stop) != nil }),
              let match = context[index].wholeMatch(of: stop)
        else {
            return .error(
                "blueprint.crashed", "the blueprint crashed (\(ending))", source: .file(userPath),
                notes: Array(context.suffix(maxNotes))
            )
        }
        context.remove(at: index)
        var source = SourceLocation.file(userPath)
        if let file = match.file.flatMap({ BlueprintSourcePath.resolve(String($0), userPath: userPath) }),
           let line = match.line.flatMap({ Int($0) }) {
            source = SourceLocation(file: file, line: line, column: 1)
        }
        return .error(
            "blueprint.crashed", "the blueprint stopped: \(match.message)", source: source,
            notes: [ending] + context.suffix(maxNotes - 1)
        )
    }

    /// "killed by signal 11 (SIGSEGV)" or "exited with status 3".
    static func describe(_ termination: ChildProcess.Termination) -> String {
        switch termination {
        case .exited(let status):
            return "exited with status \(status)"
        case .signaled(let signal):
            let names: [Int32: String] = [
                SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
                SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGTERM: "SIGTERM",
            ]
            return "killed by signal \(signal)" + (names[signal].map { " (\($0))" } ?? "")
        case .timedOut:
            return "stopped after the time limit"
        }
    }
}
