import Foundation
import Testing
@testable import StateStore

@Suite struct StateStoreFileTests {
    @Test func garbageFileThrowsCorrupt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("state.db").path
        try Data(String(repeating: "not a database\n", count: 400).utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: StateError.self) { try SQLiteStateStore(path: path) }
        guard case let .corrupt(message) = error else {
            Issue.record("expected .corrupt, got \(error)")
            return
        }
        #expect(message.contains(path))
    }

    @Test func databaseRunsInWALMode() throws {
        let state = try TemporaryState()
        defer { state.cleanUp() }
        let store = try #require(state.store as? SQLiteStateStore)
        let mode = try store.database.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }
}
