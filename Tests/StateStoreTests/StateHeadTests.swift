import Foundation
import TestSupport
import Testing
@testable import StateStore

/// `head()`: the lineage and serial of the latest revision and when it was recorded, on every backend.
@Suite struct StateHeadTests {
    @Test(arguments: StateBackend.available)
    func headFollowsCommits(backend: StateBackend) throws {
        let state = try TemporaryState(backend)
        defer { state.cleanUp() }
        let fresh = try state.store.head()
        let lineage = try state.store.current().lineage
        #expect(fresh == StateHead(lineage: lineage, serial: 0, recordedAt: nil))

        _ = try state.store.commit(artifacts: [artifact("lake/a.yaml", "a: 1\n")], expectedLineage: lineage, expectedSerial: 0, info: draft("first"))
        let first = try state.reopen().head()
        #expect(first.lineage == lineage && first.serial == 1)
        #expect(first.recordedAt == (try state.store.latestRevision())?.createdAt)
        #expect(first.recordedAt != nil)

        _ = try state.store.commit(artifacts: [artifact("lake/a.yaml", "a: 2\n")], expectedLineage: lineage, expectedSerial: 1, info: draft("second"))
        #expect(try state.store.head().serial == 2)
        #expect(try state.store.head() != first)
    }
}

/// `SQLiteStateStore.peekHead(path:)`: the same head without opening a store; nothing while the lock is held or
/// without a state.
@Suite struct StatePeekTests {
    @Test func peekReadsTheHeadUnlessLockedOrMissing() throws {
        let state = try TemporaryState(.sqlite)
        defer { state.cleanUp() }
        guard case .sqlite(let path) = state.location else { return }
        #expect(SQLiteStateStore.peekHead(path: path) == (try state.store.head()))
        let lineage = try state.store.current().lineage
        _ = try state.store.commit(artifacts: [artifact("lake/a.yaml", "a: 1\n")], expectedLineage: lineage, expectedSerial: 0, info: draft("first"))
        #expect(SQLiteStateStore.peekHead(path: path) == (try state.store.head()))
        #expect(SQLiteStateStore.peekHead(path: path)?.serial == 1)

        let lock = try state.store.acquireLock(holder: "test", operation: "apply", timeout: .seconds(1))
        #expect(SQLiteStateStore.peekHead(path: path) == nil)
        try state.store.release(lock)
        #expect(SQLiteStateStore.peekHead(path: path) != nil)
        #expect(SQLiteStateStore.peekHead(path: state.folder.appendingPathComponent("missing.db").path) == nil)
        #expect(!FileManager.default.fileExists(atPath: state.folder.appendingPathComponent("missing.db").path))
    }
}
