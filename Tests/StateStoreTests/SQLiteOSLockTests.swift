import Foundation
import Testing
@testable import StateStore

/// The SQLite lock is a `flock` on `STATE.lock` with a row naming its holder: the row of a holder whose lock file is
/// no longer locked (it died) does not count, and the next holder replaces it at once (issue 16, item 3).
@Suite struct SQLiteOSLockTests {
    @Test func aDeadHoldersRowNoLongerCounts() throws {
        let state = try TemporaryState()
        defer { state.cleanUp() }
        let holder = try #require(state.store as? SQLiteStateStore)
        let lock = try holder.acquireLock(holder: "alice", operation: "apply", timeout: .zero)
        #expect(FileManager.default.fileExists(atPath: holder.lockPath))
        let other = try state.reopen()
        #expect(try other.currentLock() == lock)

        // The holder dies: the kernel closes its descriptor, and the flock with it; the row stays.
        close(try #require(holder.heldLocks.remove(lock.id)))
        #expect(try other.currentLock() == nil)
        let next = try other.acquireLock(holder: "bob", operation: "apply", timeout: .zero)
        #expect(next.holder == "bob")
        #expect(try holder.currentLock() == next)
        #expect(throws: StateError.lockNotHeld(id: lock.id)) { try holder.release(lock) }
    }

    @Test func forceUnlockLetsTheNextHolderInWhileTheOldOneStillRuns() throws {
        let state = try TemporaryState()
        defer { state.cleanUp() }
        let lock = try state.store.acquireLock(holder: "alice", operation: "apply", timeout: .zero)
        let other = try state.reopen()
        #expect(throws: StateError.self) { try other.acquireLock(holder: "bob", operation: "apply", timeout: .milliseconds(100)) }
        try other.forceUnlock(id: lock.id)
        #expect(try other.acquireLock(holder: "bob", operation: "apply", timeout: .zero).holder == "bob")
    }
}
