import Foundation
import Testing
@testable import StateStore

/// A SQLite state whose folder is removed (or whose file is replaced) while a store has it open records nothing
/// that passes for a revision: the commit throws (issue 16, item 3).
@Suite struct StateFileRemovedTests {
    @Test func aCommitAfterTheStateFolderWasRemovedFails() throws {
        let state = try TemporaryState()
        defer { state.cleanUp() }
        _ = try state.store.commit(artifacts: [artifact("lake/a.yaml", "a: 1\n")], expectedLineage: try state.store.current().lineage,
                                   expectedSerial: 0, info: draft("first"))
        let lineage = try state.store.current().lineage
        try FileManager.default.removeItem(at: state.folder)
        let error = try #require(throws: StateError.self) {
            try state.store.commit(artifacts: [artifact("lake/a.yaml", "a: 2\n")], expectedLineage: lineage, expectedSerial: 1, info: draft("second"))
        }
        #expect(error.description.contains("was removed or replaced while Lakeform had it open"))
    }

    @Test func aCommitAfterTheStateFileWasReplacedFails() throws {
        let state = try TemporaryState()
        defer { state.cleanUp() }
        let lineage = try state.store.current().lineage
        guard case let .sqlite(path) = state.location else { Issue.record("not SQLite"); return }
        _ = try SQLiteStateStore(path: path + ".other")
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: path + ".other", toPath: path)
        #expect(throws: StateError.self) {
            try state.store.commit(artifacts: [artifact("lake/a.yaml", "a: 1\n")], expectedLineage: lineage, expectedSerial: 0, info: draft("first"))
        }
    }
}
