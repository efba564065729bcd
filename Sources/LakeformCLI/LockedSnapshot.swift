import Foundation
import StateStore

/// What `plan` and `drift` compare with: the state's current revision and how generated/ differs from it, read
/// under the state lock (as Terraform's plan locks), so an apply in flight is never seen half-written as drift.
struct LockedSnapshot {
    var snapshot: StateSnapshot
    var drift: [GeneratedTree.Difference]
    /// Set when generated/ is exactly an earlier revision: then `drift` is empty, as none of it is a hand edit.
    var behind: BehindCheckout?

    /// Takes the lock, finishes any interrupted apply, removes abandoned scratch files, reads, and releases.
    static func read(store: any StateStore, generated: String, timeout: Duration, operation: String) throws -> LockedSnapshot {
        let lock = try StateCall.run { try store.acquireLock(holder: StateHolder.current, operation: operation, timeout: timeout) }
        defer { try? store.release(lock) }
        let snapshot = try recoveredCurrent(store: store, generated: generated)
        let drift = Drift.differences(snapshot, generated: generated)
        guard !drift.isEmpty, let behind = try StateCall.run({ try BehindCheckout.find(store: store, current: snapshot, generated: generated) }) else {
            return LockedSnapshot(snapshot: snapshot, drift: drift)
        }
        return LockedSnapshot(snapshot: snapshot, drift: [], behind: behind)
    }

    /// With the lock held: finishes any interrupted apply, removes abandoned scratch files, and reads the current revision.
    static func recoveredCurrent(store: any StateStore, generated: String) throws -> StateSnapshot {
        try ApplyRecovery.report(ApplyRecovery.run(store: store, generated: generated))
        GeneratedScratch.removeAbandoned(generated)
        return try StateCall.run { try store.current() }
    }
}
