import Foundation
import GRDB
import LakeModel

/// The StateStore over the system SQLite, in WAL mode. Writes run under `BEGIN IMMEDIATE`, so two processes
/// never interleave a commit; the lock is an OS lock on a file beside the database.
public final class SQLiteStateStore: StateStore {
    let database: DatabasePool
    let path: String
    /// The database file as opened; a commit fails once the path names another file or none.
    let identity: FileIdentity?
    /// The lock files this store holds (`SQLiteStateStore+Lock.swift`).
    let heldLocks = HeldLockFiles()

    /// Opens the state at `path`, creating its folder, the file, the schema and a new lineage when missing.
    public init(path: String) throws {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw StateError.database("cannot create \(folder): \(error.localizedDescription)")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        database = try Self.guarded(path) { try Self.open(path: path, configuration: configuration, attempts: 5) }
        identity = FileIdentity.of(path)
    }

    /// Throws unless `path` still names the file this store opened: a state folder removed (or a file replaced)
    /// while Lakeform ran must not pass for a recorded revision.
    func checkStillInPlace(_ consequence: String) throws {
        guard let identity, FileIdentity.of(path) == identity else {
            throw StateError.database("\(path) was removed or replaced while Lakeform had it open; \(consequence)")
        }
    }

    /// Opens the pool and migrates it. Concurrent first opens of one new file can collide (switching to WAL, or
    /// both running v1); the loser fails only once the winner is done, so trying again finds nothing left to do.
    private static func open(path: String, configuration: Configuration, attempts: Int) throws -> DatabasePool {
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            let migrator = StateSchema.migrator
            if try pool.read(migrator.hasBeenSuperseded) { throw StateError.newerSchema(path: path) }
            try migrator.migrate(pool)
            return pool
        } catch let error as DatabaseError where attempts > 1 && ![.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            Thread.sleep(forTimeInterval: 0.05)
            return try open(path: path, configuration: configuration, attempts: attempts - 1)
        }
    }

    public func current() throws -> StateSnapshot {
        try read { db in
            let (lineage, serial) = try Self.position(db)
            return try Self.snapshot(db, lineage: lineage, serial: serial)
        }
    }

    public func head() throws -> StateHead {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: Self.headQuery) else { throw StateError.corrupt("the state row (lineage and serial) is missing") }
            return StateHead(lineage: try row.decode(forColumn: "lineage"), serial: try row.decode(forColumn: "serial"),
                             recordedAt: try row.decode(String?.self, forColumn: "created_at"))
        }
    }

    public func history() throws -> [RevisionInfo] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM revision ORDER BY serial").map(Self.revisionInfo)
        }
    }

    public func latestRevision() throws -> RevisionInfo? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM revision ORDER BY serial DESC LIMIT 1").map(Self.revisionInfo)
        }
    }

    public func revision(_ serial: Int) throws -> StateSnapshot? {
        try read { db in
            let (lineage, current) = try Self.position(db)
            guard serial >= 0, serial <= current else { return nil }
            return try Self.snapshot(db, lineage: lineage, serial: serial)
        }
    }

    public func artifactDigests(serial: Int) throws -> [String: String]? {
        try read { db in
            guard serial >= 0, serial <= (try Self.position(db)).1 else { return nil }
            let rows = try Row.fetchAll(db, sql: "SELECT path, sha256 FROM revision_artifact WHERE serial = ?", arguments: [serial])
            return Dictionary(try rows.map { (try $0.decode(String.self, forColumn: "path"), try $0.decode(String.self, forColumn: "sha256")) },
                              uniquingKeysWith: { first, _ in first })
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.guarded(path) { try database.read(body) }
    }

    /// Runs `body` in one transaction, rolled back if it throws. GRDB begins write transactions with
    /// `BEGIN IMMEDIATE`, so the write lock is taken before anything is read.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.guarded(path) { try database.write(body) }
    }

    /// Turns GRDB errors (and undecodable rows) into `StateError`s that name the file.
    static func guarded<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            throw StateError.corrupt("\(path) is not a Lakeform state database (\(error.message ?? "\(error.resultCode)"))")
        } catch let error as DatabaseError {
            throw StateError.database("\(path): \(error.message ?? "\(error.resultCode)")")
        } catch let error as StateError {
            throw error
        } catch {
            throw StateError.corrupt("\(path): \(error)")
        }
    }
}
