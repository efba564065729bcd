import Foundation
import LakeModel
import TestSupport
@testable import PostgresStateStore
@testable import StateStore

/// A fresh, empty state on `backend`: a SQLite file in a temporary folder (removed by `cleanUp()`), or a new schema
/// on the test server (left for `scripts/test-postgres.sh stop`, which deletes the whole cluster).
struct TemporaryState {
    let folder: URL
    let location: StateLocation
    let store: any StateStore

    init(_ backend: StateBackend = .sqlite) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-state-\(UUID().uuidString)")
        location = switch backend {
        case .sqlite: .sqlite(path: folder.appendingPathComponent("nested/state.db").path)
        case .postgres: .postgres(url: StateBackend.freshSchema(of: try StateBackend.serverURL()))
        }
        store = try location.open(environment: [:])
    }

    /// Another store on the same state, as a second process would open it.
    func reopen() throws -> any StateStore {
        try location.open(environment: [:])
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// How many distinct contents `store` holds, across all revisions.
func blobCount(_ store: any StateStore) throws -> Int {
    switch store {
    case let sqlite as SQLiteStateStore: try sqlite.blobCount()
    case let postgres as PostgresStateStore: try postgres.blobCount()
    default: throw StateError.database("no blob count for \(type(of: store))")
    }
}

func draft(_ summary: String, topologies: [String: RecordedTopology] = [:]) -> RevisionDraft {
    RevisionDraft(
        user: "alice", host: "build-1", toolVersion: "0.1.0", blueprintHashes: ["blueprints/lake.swift": "abc123"],
        summary: summary, createdAt: Date(timeIntervalSince1970: 1_800_000_000), topologies: topologies
    )
}

func artifact(_ path: String, _ contents: String) -> Artifact {
    Artifact(path: path, kind: .helmValues, contents: contents)
}
