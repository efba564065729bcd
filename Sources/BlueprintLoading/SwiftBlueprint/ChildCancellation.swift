import Synchronization

/// Lets another thread end a `ChildProcess.run` early: its session is killed now, or as soon as it starts.
final class ChildCancellation: Sendable {
    private let state = Mutex<(cancelled: Bool, kill: (@Sendable () -> Void)?)>((false, nil))

    /// Kills the run's session, or marks it to be killed when it starts.
    func cancel() {
        let kill = state.withLock { state in
            state.cancelled = true
            return state.kill
        }
        kill?()
    }

    /// Called by the run once its session exists; kills it at once when already cancelled.
    func attach(_ kill: @escaping @Sendable () -> Void) {
        let cancelled = state.withLock { state in
            state.kill = kill
            return state.cancelled
        }
        if cancelled { kill() }
    }
}
