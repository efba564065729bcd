import Foundation
import GRDB
import LakeModel
import Testing
import TestSupport
@testable import PostgresStateStore
@testable import StateStore

/// A state written by the schema before topologies (v1) opens, keeps its revisions without topology, and records
/// topologies from the next commit on, on both backends.
@Suite struct StateSchemaMigrationTests {
    @Test func aSQLiteStateFromSchemaV1MigratesAndRecordsTopologies() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-v1-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("state.db").path
        try {
            let pool = try DatabasePool(path: path)
            try StateSchema.migrator.migrate(pool, upTo: "v1")
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO revision (serial, created_at, user, host, tool_version, blueprint_hashes, summary)
                    VALUES (1, '2027-01-15T08:00:00Z', 'alice', 'build-1', '0.1.0', '{}', 'written by v1')
                    """)
                try db.execute(sql: "INSERT INTO blob (sha256, contents) VALUES (?, ?)",
                               arguments: [StateRecords.sha256(Data("1".utf8)), Data("1".utf8)])
                try db.execute(sql: "INSERT INTO revision_artifact (serial, path, kind, sha256) VALUES (1, 'a', 'helmValues', ?)",
                               arguments: [StateRecords.sha256(Data("1".utf8))])
                try db.execute(sql: "UPDATE state SET serial = 1 WHERE id = 1")
            }
        }()
        try Self.checkMigrated(try SQLiteStateStore(path: path))
        let applied = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied == ["v1", "v2"])
    }

    @Test(.enabled(if: StateBackend.available.contains(.postgres), "needs \(StateBackend.urlVariable)"))
    func aPostgresStateFromSchemaVersion1MigratesAndRecordsTopologies() throws {
        let location = try PostgresLocation(url: StateBackend.freshSchema(of: StateBackend.serverURL()), environment: [:])
        let session = try PostgresSession(location)
        defer { session.close() }
        try PostgresSchema.migrate(session, location, upTo: 1)
        let sha = StateRecords.sha256(Data("1".utf8))
        try session.query("""
            INSERT INTO revision (serial, created_at, user_name, host, tool_version, blueprint_hashes, summary)
            VALUES (1, '2027-01-15T08:00:00Z', 'alice', 'build-1', '0.1.0', '{}', 'written by v1')
            """)
        try session.query("INSERT INTO blob (sha256, contents) VALUES (\(sha), decode('31', 'hex'))")
        try session.query("INSERT INTO revision_artifact (serial, path, kind, sha256) VALUES (1, 'a', 'helmValues', \(sha))")
        try session.query("UPDATE state SET serial = 1 WHERE id = 1")
        try Self.checkMigrated(try PostgresStateStore(location: location))
        #expect(try session.query("SELECT version FROM schema_migration ORDER BY version").map { try $0.decode(Int.self) } == [1, 2])
    }

    /// The v1 revision reads back with its artifact and no topology; the next commit records one.
    static func checkMigrated(_ store: any StateStore) throws {
        let old = try store.current()
        #expect(old.serial == 1)
        #expect(old.artifacts["a"]?.contents == "1")
        #expect(old.topologies == [:])
        let topologies = ["medium": sampleTopology(pools: 1, serial: 2)]
        _ = try store.commit(artifacts: [artifact("a", "2")], expectedLineage: old.lineage, expectedSerial: 1,
                             info: draft("after the migration", topologies: topologies))
        #expect(try store.current().topologies == topologies)
        #expect(try store.revision(1)?.topologies == [:])
    }
}
