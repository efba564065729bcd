import Foundation

/// Runs the CLI on one case as a child process with a time and memory bound; output goes to a file, never a pipe that
/// could fill.
struct ChildRun {
    let executable: String
    let workingDirectory: String
    let timeout: Double
    let memory: MemoryBound

    /// The result of one run: outcome, seconds taken, exit status and combined output.
    struct Result {
        let outcome: Outcome
        let seconds: Double
        let status: Int32
        let output: String
    }

    func run(_ arguments: [String]) -> Result {
        let outputPath = workingDirectory + "/output.txt"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        guard let output = FileHandle(forWritingAtPath: outputPath) else {
            return Result(outcome: .crash, seconds: 0, status: -1, output: "cannot open \(outputPath)")
        }
        defer { try? output.close() }
        let process = Process()
        let (bounded, boundedArguments) = memory.wrap(executable, arguments)
        process.executableURL = URL(fileURLWithPath: bounded)
        process.arguments = boundedArguments
        process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory)
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        let start = Date()
        do { try process.run() } catch {
            return Result(outcome: .crash, seconds: 0, status: -1, output: "cannot start \(executable): \(error)")
        }
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        let seconds = Date().timeIntervalSince(start)
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8))
            ?? String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
        let signaled = process.terminationReason == .uncaughtSignal
        let outcome = Outcome.classify(status: process.terminationStatus, signaled: signaled, timedOut: timedOut, output: text)
        return Result(outcome: outcome, seconds: seconds, status: process.terminationStatus, output: text)
    }
}

/// The memory bound of every child: `prlimit --as` (util-linux) execs the CLI under RLIMIT_AS, so the bound applies to
/// the child alone and its exit status and signals pass through unchanged.
struct MemoryBound: Sendable {
    static let prlimit = "/usr/bin/prlimit"
    let megabytes: Int

    /// The executable and arguments that run `command` under the bound.
    func wrap(_ executable: String, _ arguments: [String]) -> (String, [String]) {
        (Self.prlimit, ["--as=\(megabytes * 1_048_576)", "--", executable] + arguments)
    }

    /// Fails when prlimit is missing, rather than fuzzing without a memory bound.
    static func check() throws {
        guard FileManager.default.isExecutableFile(atPath: prlimit) else {
            throw FuzzError("\(prlimit) is missing; install util-linux, which bounds each case's memory")
        }
    }
}
