import Foundation
import Synchronization

/// Runs a program with a time limit while draining its stdout and stderr, so neither pipe can fill up.
struct ChildProcess {
    /// How a run ended.
    enum Termination: Equatable {
        case exited(Int32)
        case signaled(Int32)
        case timedOut
    }

    /// What the program left behind: how it ended and what it printed.
    struct Result {
        var termination: Termination
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` and waits at most `timeout`; kills it with SIGKILL when the time is up.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], timeout: Duration
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        // The parent's write ends must be closed or the readers never see end-of-file. Process.run closes
        // them on Linux today; closing again is a no-op (FileHandle tracks it), so don't depend on that.
        try? outPipe.fileHandleForWriting.close()
        try? errPipe.fileHandleForWriting.close()
        let drained = DispatchGroup()
        let stdout = PipeDrain(outPipe.fileHandleForReading, group: drained)
        let stderr = PipeDrain(errPipe.fileHandleForReading, group: drained)

        let termination: Termination
        if exited.wait(timeout: .now() + timeout.timeInterval) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            _ = exited.wait(timeout: .now() + 5)
            termination = .timedOut
        } else if process.terminationReason == .uncaughtSignal {
            termination = .signaled(process.terminationStatus)
        } else {
            termination = .exited(process.terminationStatus)
        }
        // A grandchild could keep a pipe open; don't wait for it forever.
        _ = drained.wait(timeout: .now() + 5)
        return Result(termination: termination, stdout: stdout.text, stderr: stderr.text)
    }
}

/// Reads one pipe to its end on its own thread, keeping at most the last `limit` bytes. Not on a Dispatch
/// queue: blocking reads there can use up Linux's small global pool, which Swift concurrency shares.
private final class PipeDrain: Sendable {
    private let buffer = Mutex(Data())
    private static let limit = 1 << 20

    init(_ handle: FileHandle, group: DispatchGroup) {
        group.enter()
        Thread.detachNewThread { [self] in
            while let chunk = try? handle.read(upToCount: 64 * 1024), !chunk.isEmpty {
                buffer.withLock { data in
                    data.append(chunk)
                    if data.count > Self.limit { data.removeFirst(data.count - Self.limit) }
                }
            }
            group.leave()
        }
    }

    var text: String { buffer.withLock { String(decoding: $0, as: UTF8.self) } }
}

extension Duration {
    /// The duration as a `TimeInterval`.
    var timeInterval: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
