import Foundation
import LakeModel
@testable import StateStore

/// A store in a fresh temporary folder, removed by `cleanUp()`.
struct TemporaryState {
    let folder: URL
    let store: SQLiteStateStore

    var path: String { folder.appendingPathComponent("nested/state.db").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-state-\(UUID().uuidString)")
        store = try SQLiteStateStore(path: folder.appendingPathComponent("nested/state.db").path)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }
}

func draft(_ summary: String) -> RevisionDraft {
    RevisionDraft(
        user: "alice", host: "build-1", toolVersion: "0.1.0", blueprintHashes: ["blueprints/lake.swift": "abc123"],
        summary: summary, createdAt: Date(timeIntervalSince1970: 1_800_000_000)
    )
}

func artifact(_ path: String, _ contents: String) -> Artifact {
    Artifact(path: path, kind: .helmValues, contents: contents)
}
