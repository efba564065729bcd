import Foundation
import LakeModel
import PostgresNIO
import StateStore
import Synchronization

/// The StateStore over PostgreSQL: one schema per state, contents stored once per SHA-256, each commit one
/// transaction that locks the state row first, and the state lock a session-level advisory lock, which the server
/// drops when its holder dies.
public final class PostgresStateStore: StateStore {
    let location: PostgresLocation
    /// Reads and commits share one connection, one caller at a time, so transactions never interleave.
    private let main: Mutex<PostgresSession>
    /// Each held lock keeps its own session: closing it (or the process dying) releases the advisory lock.
    let lockSessions = Mutex<[String: PostgresSession]>([:])

    /// Connects and migrates, creating the schema, its tables and a new lineage when missing.
    public init(location: PostgresLocation) throws {
        self.location = location
        main = Mutex(try Self.guarded(location) {
            let session = try PostgresSession(location)
            do {
                try PostgresSchema.migrate(session, location)
            } catch {
                session.close()
                throw error
            }
            return session
        })
    }

    deinit {
        main.withLock { $0.close() }
        lockSessions.withLock { $0.values.forEach { $0.close() } }
    }

    public func current() throws -> StateSnapshot {
        try withMain { session in
            let (lineage, serial) = try Self.position(session)
            return try Self.snapshot(session, lineage: lineage, serial: serial)
        }
    }

    public func head() throws -> StateHead {
        try withMain { session in
            guard let row = try session.query("""
                SELECT s.lineage, s.serial, r.created_at FROM state s LEFT JOIN revision r ON r.serial = s.serial WHERE s.id = 1
                """).first else { throw StateError.corrupt("the state row (lineage and serial) is missing") }
            let (lineage, serial, recordedAt) = try row.decode((String, Int, String?).self)
            return StateHead(lineage: lineage, serial: serial, recordedAt: recordedAt)
        }
    }

    public func history() throws -> [RevisionInfo] {
        try withMain { session in
            try session.query("""
                SELECT serial, created_at, user_name, host, tool_version, blueprint_hashes, summary FROM revision ORDER BY serial
                """).map(Self.revisionInfo)
        }
    }

    public func latestRevision() throws -> RevisionInfo? {
        try withMain { session in
            try session.query("""
                SELECT serial, created_at, user_name, host, tool_version, blueprint_hashes, summary FROM revision
                ORDER BY serial DESC LIMIT 1
                """).first.map(Self.revisionInfo)
        }
    }

    public func revision(_ serial: Int) throws -> StateSnapshot? {
        try withMain { session in
            let (lineage, current) = try Self.position(session)
            guard serial >= 0, serial <= current else { return nil }
            return try Self.snapshot(session, lineage: lineage, serial: serial)
        }
    }

    public func artifactDigests(serial: Int) throws -> [String: String]? {
        try withMain { session in
            guard serial >= 0, serial <= (try Self.position(session)).1 else { return nil }
            let rows = try session.query("SELECT path, sha256 FROM revision_artifact WHERE serial = \(serial)")
            return Dictionary(try rows.map { try $0.decode((String, String).self) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Runs `body` with the shared connection, mapping every failure to a `StateError`.
    func withMain<T: Sendable>(_ body: (PostgresSession) throws -> T) throws -> T {
        try Self.guarded(location) { try main.withLock { session in try body(session) } }
    }

    static func guarded<T>(_ location: PostgresLocation, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw PostgresFailure.stateError(error, at: location)
        }
    }
}
