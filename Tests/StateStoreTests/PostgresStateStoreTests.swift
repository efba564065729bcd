import Foundation
import PostgresNIO
import Testing
import TestSupport
@testable import PostgresStateStore
@testable import StateStore

/// What only the PostgreSQL backend has: its migrations, session-bound locks, history import and connection errors.
/// The behaviour both backends share is tested once, over both, in the other StateStore suites.
@Suite(.enabled(if: StateBackend.available.contains(.postgres), "needs \(StateBackend.urlVariable)"))
struct PostgresStateStoreTests {
    /// A store on a new schema, and its location.
    static func freshStore() throws -> (PostgresStateStore, PostgresLocation) {
        let location = try PostgresLocation(url: StateBackend.freshSchema(of: StateBackend.serverURL()), environment: [:])
        return (try PostgresStateStore(location: location), location)
    }

    /// Runs `body` on a raw connection to `location`'s schema, as an operator with psql would.
    @discardableResult
    static func withSQL<T>(_ location: PostgresLocation, _ body: (PostgresSession) throws -> T) throws -> T {
        let session = try PostgresSession(location)
        defer { session.close() }
        return try body(session)
    }

    @Test func migrationsRunOnceAndAreRecorded() throws {
        let (store, location) = try Self.freshStore()
        _ = try PostgresStateStore(location: location)
        let versions = try Self.withSQL(location) { try $0.query("SELECT version FROM schema_migration").map { try $0.decode(Int.self) } }
        #expect(versions == [1, 2])
        #expect(try store.current().serial == 0)
    }

    @Test func aSchemaFromANewerLakeformIsRefused() throws {
        let (_, location) = try Self.freshStore()
        try Self.withSQL(location) { try $0.query("INSERT INTO schema_migration (version) VALUES (99)") }
        #expect(throws: StateError.newerSchema(path: location.redacted)) { try PostgresStateStore(location: location) }
    }

    @Test func aDeadHoldersLockIsGoneAndItsRowIsReplaced() throws {
        let (store, location) = try Self.freshStore()
        let holder = try PostgresStateStore(location: location)
        let dead = try holder.acquireLock(holder: "alice", operation: "apply", timeout: .zero)
        // The holder's session ends without releasing anything, as when its process is killed; waits for the exit.
        try Self.withSQL(location) { try $0.query("SELECT pg_terminate_backend(backend_pid, 5000) FROM lock") }
        #expect(try Self.withSQL(location) { try $0.query("SELECT id FROM lock").map { try $0.decode(String.self) } } == [dead.id])
        #expect(try store.currentLock() == nil)
        let next = try store.acquireLock(holder: "bob", operation: "apply", timeout: .zero)
        #expect(try store.currentLock() == next)
        #expect(throws: StateError.lockNotHeld(id: dead.id)) { try store.forceUnlock(id: dead.id) }
        #expect(throws: StateError.lockNotHeld(id: dead.id)) { try holder.release(dead) }
    }

    @Test func forceUnlockEndsTheHoldersSession() throws {
        let (store, location) = try Self.freshStore()
        let holder = try PostgresStateStore(location: location)
        let lock = try holder.acquireLock(holder: "alice", operation: "apply", timeout: .zero)
        let backend = try #require(try Self.withSQL(location) { try $0.query("SELECT backend_pid FROM lock").first?.decode(Int32.self) })
        try store.forceUnlock(id: lock.id)
        let alive = try Self.withSQL(location) {
            try $0.query("SELECT count(*) FROM pg_stat_activity WHERE pid = \(backend)").first?.decode(Int.self)
        }
        #expect(alive == 0)
        #expect(try store.currentLock() == nil)
        #expect(throws: StateError.lockNotHeld(id: lock.id)) { try holder.release(lock) }
    }

    @Test func importCopiesEveryRevisionWithItsInfoLineageBytesAndTopologies() throws {
        let source = try TemporaryState(.sqlite)
        defer { source.cleanUp() }
        let lineage = try source.store.current().lineage
        let shared = artifact("lake/helmfile.yaml", "releases: []\n")
        for (serial, contents) in ["v1", "v2", "v3"].enumerated() {
            _ = try source.store.commit(
                artifacts: [shared, artifact("lake/a.yaml", contents)], expectedLineage: lineage, expectedSerial: serial,
                info: draft("revision \(serial + 1)", topologies: ["lake": sampleTopology(pools: serial + 1, serial: 1)]))
        }
        let (target, _) = try Self.freshStore()
        let report = try target.importHistory(from: source.store)
        #expect(report.lineage == lineage)
        #expect(report.revisions == (try source.store.history()))
        #expect(report.artifacts == 6)
        #expect(report.contents == 4)
        #expect(try target.history() == (try source.store.history()))
        for serial in 0...3 {
            #expect(try target.revision(serial) == (try source.store.revision(serial)))
        }
        #expect(try target.current().lineage == lineage)
        #expect(try target.revision(2)?.topologies["lake"]?.minioPools.count == 2)
    }

    @Test func importRefusesAStateWithRevisionsAndWritesNothing() throws {
        let source = try TemporaryState(.sqlite)
        defer { source.cleanUp() }
        _ = try source.store.commit(
            artifacts: [artifact("a", "1")], expectedLineage: try source.store.current().lineage, expectedSerial: 0, info: draft("one"))
        let (target, _) = try Self.freshStore()
        let before = try target.current()
        _ = try target.commit(artifacts: [artifact("b", "2")], expectedLineage: before.lineage, expectedSerial: 0, info: draft("own"))
        #expect(throws: StateError.stale(expectedSerial: 0, currentSerial: 1)) { try target.importHistory(from: source.store) }
        #expect(try target.history().map(\.summary) == ["own"])
        #expect(try target.current().lineage == before.lineage)
    }

    @Test func refusedConnectionsWrongPasswordsAndMissingDatabasesAreOneLine() throws {
        let server = try PostgresLocation(url: StateBackend.serverURL(), environment: [:])
        let secure = try PostgresLocation(url: StateBackend.serverURL(StateBackend.secureURLVariable), environment: [:])
        let password = try #require(secure.password)
        let cases: [(String, String)] = [
            ("postgres://lakeform:\(password)@127.0.0.1:1/x", "connection refused (nothing accepts connections on 127.0.0.1:1"),
            ("postgres://lakeform:wrong-\(password)@\(server.host):\(server.port)/postgres", "password authentication failed for user \"lakeform\""),
            ("postgres://\(server.user)@\(server.host):\(server.port)/no_such_database", "database \"no_such_database\" does not exist"),
        ]
        for (url, problem) in cases {
            let error = try #require(throws: StateError.self) { try PostgresStateStore(location: PostgresLocation(url: url, environment: [:])) }
            #expect(error == .connection(error.description))
            #expect(error.description.contains(problem))
            #expect(!error.description.contains(password))
            #expect(!error.description.contains("\n"))
        }
        let fresh = try PostgresLocation(url: StateBackend.freshSchema(of: StateBackend.serverURL(StateBackend.secureURLVariable)), environment: [:])
        #expect(try PostgresStateStore(location: fresh).current().serial == 0)
    }
}
