import Foundation
import PostgresNIO
import StateStore

/// The lock: a session-level advisory lock held by a connection of its own, plus a `lock` row saying who holds it.
/// The server releases the advisory lock when that session ends, so a killed holder never leaves the state locked;
/// its row stays behind but counts only while its backend still holds the advisory lock.
extension PostgresStateStore {
    public func acquireLock(holder: String, operation: String, timeout: Duration) throws -> LockInfo {
        try Self.guarded(location) {
            let session = try PostgresSession(location)
            do {
                let lock = try takeLock(on: session, holder: holder, operation: operation, timeout: timeout)
                lockSessions.withLock { $0[lock.id] = session }
                return lock
            } catch {
                session.close()
                throw error
            }
        }
    }

    public func release(_ lock: LockInfo) throws {
        try releaseLock(id: lock.id)
    }

    /// Ends the holder's session if it is still alive (PostgreSQL 14+ waits up to 5 s for it to exit), then deletes
    /// the row. Terminating another role's session needs that role's membership or `pg_signal_backend`.
    public func forceUnlock(id: String) throws {
        if lockSessions.withLock({ $0[id] }) != nil { return try releaseLock(id: id) }
        try withMain { session in
            guard let row = try session.query("SELECT backend_pid, \(unescaped: holdsLock("backend_pid")) FROM lock WHERE id = \(id)").first
            else { throw StateError.lockNotHeld(id: id) }
            let (backend, alive) = try row.decode((Int32, Bool).self)
            if alive { try session.query("SELECT pg_terminate_backend(\(backend), 5000)") }
            try session.query("DELETE FROM lock WHERE id = \(id)")
        }
    }

    public func currentLock() throws -> LockInfo? {
        try withMain { session in
            try session.query("""
                SELECT id, holder, pid, host, since, operation FROM lock WHERE slot = 1 AND \(unescaped: holdsLock("backend_pid"))
                """).first.map(Self.lockInfo)
        }
    }

    /// Deletes the row and unlocks on the lock's own session, then closes it; `.lockNotHeld` when this store took
    /// no such lock, or another process's force-unlock ended the session meanwhile.
    private func releaseLock(id: String) throws {
        guard let session = lockSessions.withLock({ $0.removeValue(forKey: id) }) else {
            throw StateError.lockNotHeld(id: id)
        }
        defer { session.close() }
        do {
            let deleted = try session.query("DELETE FROM lock WHERE id = \(id) AND backend_pid = pg_backend_pid() RETURNING id")
            try session.query("SELECT pg_advisory_unlock(\(lockKey))")
            if deleted.isEmpty { throw StateError.lockNotHeld(id: id) }
        } catch where PostgresFailure.sessionEnded(error) {
            throw StateError.lockNotHeld(id: id)
        } catch {
            throw PostgresFailure.stateError(error, at: location)
        }
    }

    /// Tries every 50 ms until `timeout`: one statement takes the advisory lock and, only if that succeeded, writes
    /// the row (replacing a dead holder's). On timeout, throws `.locked(by:)` naming the live holder.
    private func takeLock(on session: PostgresSession, holder: String, operation: String, timeout: Duration) throws -> LockInfo {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        let id = UUID().uuidString.lowercased()
        let pid = Int(ProcessInfo.processInfo.processIdentifier), host = ProcessInfo.processInfo.hostName
        while true {
            let since = StateRecords.timestamp(Date())
            let taken = try session.query("""
                INSERT INTO lock (slot, id, holder, pid, host, since, operation, backend_pid)
                SELECT 1, \(id), \(holder), \(pid), \(host), \(since), \(operation), pg_backend_pid()
                WHERE pg_try_advisory_lock(\(lockKey))
                ON CONFLICT (slot) DO UPDATE SET id = excluded.id, holder = excluded.holder, pid = excluded.pid,
                    host = excluded.host, since = excluded.since, operation = excluded.operation, backend_pid = excluded.backend_pid
                RETURNING id
                """)
            if !taken.isEmpty {
                return LockInfo(id: id, holder: holder, pid: pid, host: host, since: since, operation: operation)
            }
            // The holder's row becomes visible a moment after its advisory lock; until then, keep trying.
            if clock.now >= deadline, let current = try currentLock() { throw StateError.locked(by: current) }
            if clock.now >= deadline.advanced(by: .seconds(2)) { throw foreignHolder(session) }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// The advisory lock is held by a session that wrote no row: not a Lakeform process.
    private func foreignHolder(_ session: PostgresSession) -> StateError {
        let backend = try? session.query("SELECT p.pid FROM pg_locks p WHERE \(unescaped: advisoryLockMatch) AND p.granted")
            .first?.decode(Int32.self)
        return .database("""
            the lock of schema \(location.schema) is held by PostgreSQL backend \(backend.map(String.init) ?? "?"), \
            which is not a Lakeform process; end that session (pg_terminate_backend) if it is stuck
            """)
    }

    private static func lockInfo(_ row: PostgresRow) throws -> LockInfo {
        let (id, holder, pid, host, since, operation) = try row.decode((String, String, Int, String, String, String).self)
        return LockInfo(id: id, holder: holder, pid: pid, host: host, since: since, operation: operation)
    }

    /// The state lock's advisory key.
    private var lockKey: Int64 { PostgresSchema.advisoryKey("state-lock", location.schema) }

    /// SQL: the `pg_locks p` row is this state's advisory lock (a bigint key shows as classid = high half,
    /// objid = low half, objsubid = 1; https://www.postgresql.org/docs/current/view-pg-locks.html).
    private var advisoryLockMatch: String {
        let key = UInt64(bitPattern: lockKey)
        return """
            p.locktype = 'advisory' AND p.database = (SELECT oid FROM pg_database WHERE datname = current_database()) \
            AND p.classid::bigint = \(key >> 32) AND p.objid::bigint = \(key & 0xFFFF_FFFF) AND p.objsubid = 1
            """
    }

    /// SQL: the backend in column `backend` still holds this state's advisory lock.
    private func holdsLock(_ backend: String) -> String {
        "EXISTS (SELECT 1 FROM pg_locks p WHERE \(advisoryLockMatch) AND p.granted AND p.pid = \(backend))"
    }
}
