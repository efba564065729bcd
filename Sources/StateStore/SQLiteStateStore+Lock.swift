import Foundation
import GRDB

/// The lock: an exclusive `flock` on the lock file beside the database (`PATH.lock`), which the kernel releases when
/// its holder exits or is killed, plus one row in `lock` saying who holds it, for messages. A row whose lock file
/// nobody holds is a dead holder's and no longer counts; the next holder replaces it.
extension SQLiteStateStore {
    /// The file whose `flock` is the lock.
    var lockPath: String { path + ".lock" }

    public func acquireLock(holder name: String, operation: String, timeout: Duration) throws -> LockInfo {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            let candidate = LockInfo(
                id: UUID().uuidString.lowercased(), holder: name, pid: Int(ProcessInfo.processInfo.processIdentifier),
                host: ProcessInfo.processInfo.hostName, since: StateRecords.timestamp(Date()), operation: operation
            )
            // The flock and the row change together inside one write transaction, so whoever finds the file locked
            // (in a transaction of its own) also finds the holder's row.
            let acquired: Bool, holder: LockInfo?
            (acquired, holder) = try write { db in
                guard let descriptor = try lockFile() else { return (false, try Self.lock(db)) }
                do {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO lock (slot, id, holder, pid, host, since, operation) VALUES (1, ?, ?, ?, ?, ?, ?)",
                        arguments: [candidate.id, candidate.holder, candidate.pid, candidate.host, candidate.since, operation]
                    )
                } catch {
                    close(descriptor)
                    throw error
                }
                heldLocks.insert(descriptor, for: candidate.id)
                return (true, nil)
            }
            if acquired { return candidate }
            // No row while the file is locked: `currentLock` probing it at that instant; try again.
            guard clock.now < deadline || holder == nil && clock.now < deadline.advanced(by: .seconds(1)) else {
                throw StateError.locked(by: holder ?? LockInfo(
                    id: "(unrecorded)", holder: "a process that recorded no lock row", pid: 0, host: "unknown", since: "unknown",
                    operation: "unknown"))
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    public func release(_ lock: LockInfo) throws {
        try write { db in
            let descriptor = heldLocks.remove(lock.id)
            defer { if let descriptor { close(descriptor) } }
            try Self.deleteRow(db, id: lock.id)
        }
    }

    public func forceUnlock(id: String) throws {
        try write { db in
            try Self.deleteRow(db, id: id)
            try? FileManager.default.removeItem(atPath: lockPath)
        }
    }

    public func currentLock() throws -> LockInfo? {
        guard let row = try read(Self.lock) else { return nil }
        return heldLocks.holds(row.id) || isLockFileHeld() ? row : nil
    }

    private static func deleteRow(_ db: Database, id: String) throws {
        try db.execute(sql: "DELETE FROM lock WHERE id = ?", arguments: [id])
        if db.changesCount == 0 { throw StateError.lockNotHeld(id: id) }
    }

    /// A descriptor holding the exclusive `flock` on the lock file, or nil while another process (or store) holds it.
    private func lockFile() throws -> Int32? {
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StateError.database("cannot open the lock file \(lockPath): \(String(cString: strerror(errno)))")
        }
        var info = stat()
        // A force-unlock may have replaced the file between open and flock: only the file at the path counts.
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0, fstat(descriptor, &info) == 0,
              FileIdentity.of(lockPath) == FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)) else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// True while some process holds the lock file's `flock`.
    private func isLockFileHeld() -> Bool {
        let descriptor = open(lockPath, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return flock(descriptor, LOCK_SH | LOCK_NB) != 0
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

/// The lock files this store holds, by lock id; closing a descriptor releases its `flock`.
final class HeldLockFiles: @unchecked Sendable {
    private let mutex = NSLock()
    private var descriptors: [String: Int32] = [:]

    func insert(_ descriptor: Int32, for id: String) {
        mutex.withLock { descriptors[id] = descriptor }
    }

    func remove(_ id: String) -> Int32? {
        mutex.withLock { descriptors.removeValue(forKey: id) }
    }

    func holds(_ id: String) -> Bool {
        mutex.withLock { descriptors[id] != nil }
    }
}
