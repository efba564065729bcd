import Dispatch
import Foundation
import Synchronization

/// A child run (a compile) on a thread of its own, so that the caller can check something meanwhile, then
/// wait for it or cancel it. Not on a Dispatch queue, for the reason `ChildProcess`'s pipe readers give.
final class BackgroundRun: Sendable {
    private let cancellation = ChildCancellation()
    private let ended = DispatchSemaphore(value: 0)
    private let outcome = Mutex<Result<ChildProcess.Result, any Error>?>(nil)

    /// Starts `body` at once; it must pass the `ChildCancellation` it gets to its `ChildProcess.run`.
    init(_ body: @escaping @Sendable (ChildCancellation) throws -> ChildProcess.Result) {
        Thread.detachNewThread { [self] in
            let result = Result { try body(cancellation) }
            outcome.withLock { $0 = result }
            ended.signal()
        }
    }

    /// Waits for the run to end and returns how it ended, or what kept it from starting.
    func wait() throws -> ChildProcess.Result {
        ended.wait()
        ended.signal()
        return try outcome.withLock { $0! }.get()
    }

    /// Kills the run's session and waits until it has ended, so nothing it writes outlives the call.
    func cancel() {
        cancellation.cancel()
        _ = try? wait()
    }
}
