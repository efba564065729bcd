import Foundation

/// One finished case: its worst outcome, its slowest run, and what to keep when it is a finding.
struct CaseReport: Sendable {
    let index: Int
    let label: String
    let outcome: Outcome
    let slowestCommand: String
    let slowestSeconds: Double
    let runs: Int
    /// The case's bytes, extension and the failing run's output, kept only for findings.
    let finding: (data: Data, fileExtension: String, command: String, output: String)?
}

/// Runs cases in a scratch repository of its own: `validate FILE`, then `build --out DIR FILE` when it validates.
struct FuzzWorker {
    let lakeform: String
    let scratch: String
    let timeout: Double
    let memory: MemoryBound

    func run(_ fuzzCase: FuzzCase) -> CaseReport {
        let file = scratch + "/case.\(fuzzCase.fileExtension)"
        let out = scratch + "/out"
        try? fuzzCase.data.write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: out) }
        let child = ChildRun(executable: lakeform, workingDirectory: scratch, timeout: timeout, memory: memory)
        var commands = [["validate", file]]
        var results: [(command: [String], result: ChildRun.Result)] = []
        while let command = commands.first {
            commands.removeFirst()
            let result = child.run(command)
            results.append((command, result))
            if command[0] == "validate", result.outcome == .ok { commands.append(["build", "--out", out, file]) }
        }
        let worst = results.max { $0.result.outcome < $1.result.outcome }!
        let slowest = results.max { $0.result.seconds < $1.result.seconds }!
        let name = { (command: [String]) in command.map { $0.hasPrefix(scratch) ? ($0 == file ? "FILE" : "DIR") : $0 }.joined(separator: " ") }
        let finding = worst.result.outcome.isFinding
            ? (fuzzCase.data, fuzzCase.fileExtension, name(worst.command), worst.result.output) : nil
        return CaseReport(
            index: fuzzCase.index, label: fuzzCase.label, outcome: worst.result.outcome, slowestCommand: name(slowest.command),
            slowestSeconds: slowest.result.seconds, runs: results.count, finding: finding)
    }
}
