import Foundation
import GRDB

/// The lock: one row in `lock`, taken and removed under `BEGIN IMMEDIATE` so exactly one process holds it.
extension SQLiteStateStore {
    public func acquireLock(holder: String, operation: String, timeout: Duration) throws -> LockInfo {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            let candidate = LockInfo(
                id: UUID().uuidString.lowercased(), holder: holder, pid: Int(ProcessInfo.processInfo.processIdentifier),
                host: ProcessInfo.processInfo.hostName, since: StateRecords.timestamp(Date()), operation: operation
            )
            let existing: LockInfo? = try write { db in
                if let existing = try Self.lock(db) { return existing }
                try db.execute(
                    sql: "INSERT INTO lock (slot, id, holder, pid, host, since, operation) VALUES (1, ?, ?, ?, ?, ?, ?)",
                    arguments: [candidate.id, holder, candidate.pid, candidate.host, candidate.since, operation]
                )
                return nil
            }
            guard let existing else { return candidate }
            guard clock.now < deadline else { throw StateError.locked(by: existing) }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    public func release(_ lock: LockInfo) throws {
        try forceUnlock(id: lock.id)
    }

    public func forceUnlock(id: String) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM lock WHERE id = ?", arguments: [id])
            if db.changesCount == 0 { throw StateError.lockNotHeld(id: id) }
        }
    }

    public func currentLock() throws -> LockInfo? {
        try read(Self.lock)
    }

    private static func lock(_ db: Database) throws -> LockInfo? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM lock WHERE slot = 1") else { return nil }
        return LockInfo(
            id: try row.decode(forColumn: "id"), holder: try row.decode(forColumn: "holder"),
            pid: try row.decode(forColumn: "pid"), host: try row.decode(forColumn: "host"),
            since: try row.decode(forColumn: "since"), operation: try row.decode(forColumn: "operation")
        )
    }
}
