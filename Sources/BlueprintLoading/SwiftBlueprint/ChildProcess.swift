import Foundation
import Synchronization

/// Runs a program in a session (and process group) of its own with a time limit while draining its stdout and
/// stderr, so neither pipe can fill up. When the program ends or the time is up, its whole session is killed,
/// so nothing it started (a `sleep 1000` spawned through `Process`, say) outlives it.
struct ChildProcess {
    /// How a run ended.
    enum Termination: Equatable {
        case exited(Int32)
        case signaled(Int32)
        case timedOut
    }

    /// How much of each stream is kept: the last MiB.
    static let outputLimit = 1 << 20

    /// What the program left behind: how it ended and what it printed.
    struct Result {
        var termination: Termination
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` with exactly `environment` and waits at most `timeout`, or until `cancellation` is
    /// cancelled; then kills its session with SIGKILL.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], timeout: Duration,
        cancellation: ChildCancellation? = nil
    ) throws -> Result {
        let outPipe = try DescriptorPair.make(), errPipe = try DescriptorPair.make()
        let pid: pid_t
        do {
            pid = try ProcessSpawn.inOwnSession(
                executable, arguments, environment: environment, stdout: outPipe.write, stderr: errPipe.write
            )
        } catch {
            [outPipe.read, outPipe.write, errPipe.read, errPipe.write].forEach { close($0) }
            throw error
        }
        // The parent's write ends must be closed or the readers never see end-of-file.
        close(outPipe.write)
        close(errPipe.write)
        let drained = DispatchGroup()
        let stdout = PipeDrain(FileHandle(fileDescriptor: outPipe.read, closeOnDealloc: true), group: drained)
        let stderr = PipeDrain(FileHandle(fileDescriptor: errPipe.read, closeOnDealloc: true), group: drained)

        let leader = SessionLeaderWait(pid: pid)
        cancellation?.attach { leader.killSession() }
        let termination: Termination
        if let status = leader.status(within: timeout) {
            termination = status
        } else {
            leader.killSession()
            _ = leader.status(within: .seconds(5))
            termination = .timedOut
        }
        // A process that left the session could keep a pipe open; don't wait for it forever.
        _ = drained.wait(timeout: .now() + 5)
        return Result(termination: termination, stdout: stdout.text, stderr: stderr.text)
    }
}

/// The two ends of a pipe, both close-on-exec: the child gets only the copies `posix_spawn` puts on 1 and 2.
private struct DescriptorPair {
    var read: Int32
    var write: Int32

    static func make() throws -> DescriptorPair {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return DescriptorPair(read: ends[0], write: ends[1])
    }
}

/// Waits for a session leader on a thread of its own. Once the leader has exited, it kills the rest of the
/// session before reaping the leader: until then the leader's pid, which is the session id, cannot be reused.
private final class SessionLeaderWait: Sendable {
    private let pid: pid_t
    private let ended = DispatchSemaphore(value: 0)
    /// The leader's wait status once reaped; the lock also keeps `killSession` and the reaping apart.
    private let reaped = Mutex<Int32?>(nil)

    init(pid: pid_t) {
        self.pid = pid
        Thread.detachNewThread { [self] in
            var info = siginfo_t()
            var waited: Int32
            repeat { waited = waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) } while waited == -1 && errno == EINTR
            // Only an unreaped leader holds the session id; if someone else reaped it, kill nothing.
            if waited == 0 { SessionKill.killAll(pid) }
            reaped.withLock { reaped in
                var status: Int32 = 0
                while waitpid(pid, &status, 0) == -1, errno == EINTR {}
                reaped = status
            }
            ended.signal()
        }
    }

    /// Kills the whole session while the leader runs (at the time limit); nothing once it has been reaped.
    func killSession() {
        reaped.withLock { reaped in
            if reaped == nil { SessionKill.killAll(pid) }
        }
    }

    /// How the leader ended, or nil when it is still running after `timeout`.
    func status(within timeout: Duration) -> ChildProcess.Termination? {
        guard ended.wait(timeout: .now() + timeout.timeInterval) == .success else { return nil }
        ended.signal()
        let status = reaped.withLock { $0 } ?? 0
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import.
        return status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signaled(status & 0x7F)
    }
}

/// Reads one pipe to its end on its own thread, keeping at most the last `limit` bytes. Not on a Dispatch
/// queue: blocking reads there can use up Linux's small global pool, which Swift concurrency shares.
private final class PipeDrain: Sendable {
    private let buffer = Mutex(Data())

    init(_ handle: FileHandle, group: DispatchGroup) {
        group.enter()
        Thread.detachNewThread { [self] in
            while let chunk = try? handle.read(upToCount: 64 * 1024), !chunk.isEmpty {
                buffer.withLock { data in
                    data.append(chunk)
                    if data.count > ChildProcess.outputLimit { data.removeFirst(data.count - ChildProcess.outputLimit) }
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
