import Foundation
import Testing
import TestSupport
@testable import StateStore

@Suite struct StateStoreLockTests {
    @Test(arguments: StateBackend.available)
    func secondAcquireTimesOutNamingTheHolder(_ backend: StateBackend) throws {
        let state = try TemporaryState(backend)
        defer { state.cleanUp() }
        let lock = try state.store.acquireLock(holder: "alice", operation: "apply", timeout: .zero)
        #expect(lock.pid == Int(ProcessInfo.processInfo.processIdentifier))
        #expect(try state.store.currentLock() == lock)
        let started = ContinuousClock.now
        let error = try #require(throws: StateError.self) {
            try state.store.acquireLock(holder: "bob", operation: "plan", timeout: .milliseconds(200))
        }
        #expect(ContinuousClock.now - started >= .milliseconds(200))
        #expect(error == .locked(by: lock))
        #expect(error.description.contains("alice (pid \(lock.pid) on \(lock.host), since \(lock.since), for apply"))
    }

    @Test(arguments: StateBackend.available)
    func releaseLetsTheNextHolderIn(_ backend: StateBackend) throws {
        let state = try TemporaryState(backend)
        defer { state.cleanUp() }
        let first = try state.store.acquireLock(holder: "alice", operation: "apply", timeout: .zero)
        try state.store.release(first)
        #expect(try state.store.currentLock() == nil)
        let second = try state.store.acquireLock(holder: "bob", operation: "apply", timeout: .zero)
        #expect(second.holder == "bob")
        #expect(second.id != first.id)
        #expect(throws: StateError.lockNotHeld(id: first.id)) { try state.store.release(first) }
        #expect(try state.store.currentLock() == second)
    }

    @Test(arguments: StateBackend.available)
    func waitingAcquireGetsTheLockOnceReleased(_ backend: StateBackend) throws {
        let state = try TemporaryState(backend)
        defer { state.cleanUp() }
        let first = try state.store.acquireLock(holder: "alice", operation: "apply", timeout: .zero)
        let store = state.store
        // A thread of its own: the blocking wait below must not starve the releaser of a
        // cooperative thread on a 2-core machine.
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 0.15)
            try? store.release(first)
        }
        let second = try store.acquireLock(holder: "bob", operation: "apply", timeout: .seconds(10))
        #expect(second.holder == "bob")
    }

    @Test(arguments: StateBackend.available)
    func forceUnlockClearsAnyonesLock(_ backend: StateBackend) throws {
        let state = try TemporaryState(backend)
        defer { state.cleanUp() }
        let lock = try state.store.acquireLock(holder: "alice", operation: "apply", timeout: .zero)
        let other = try state.reopen()
        try other.forceUnlock(id: lock.id)
        #expect(try state.store.currentLock() == nil)
        #expect(try other.acquireLock(holder: "bob", operation: "apply", timeout: .seconds(10)).holder == "bob")
        #expect(throws: StateError.lockNotHeld(id: lock.id)) { try state.store.release(lock) }
        #expect(throws: StateError.lockNotHeld(id: "nope")) { try other.forceUnlock(id: "nope") }
    }
}
