import LakeModel

/// Where Lakeform keeps what it last applied: a lineage, a serial, every revision with its artifacts, and a lock.
/// `SQLiteStateStore` serves one engineer; `PostgresStateStore` (its own module) serves a team.
public protocol StateStore: Sendable {
    /// The latest revision; a fresh store has its lineage, serial 0 and no artifacts.
    func current() throws -> StateSnapshot
    /// The lineage, serial and recording time of the latest revision, in one query, without reading artifacts.
    func head() throws -> StateHead
    /// Every recorded revision, oldest first.
    func history() throws -> [RevisionInfo]
    /// The newest revision's record, or nil for a fresh store.
    func latestRevision() throws -> RevisionInfo?
    /// The artifacts as of revision `serial` (serial 0 is the empty state), or nil when there is no such revision.
    func revision(_ serial: Int) throws -> StateSnapshot?
    /// Path → SHA-256 of revision `serial`'s artifacts, without reading their contents; nil when there is no such revision.
    func artifactDigests(serial: Int) throws -> [String: String]?
    /// Records `artifacts` as revision `expectedSerial + 1` in one transaction, if the store is still at
    /// `expectedLineage`/`expectedSerial`; otherwise throws `.stale` or `.lineageMismatch` and writes nothing.
    func commit(artifacts: [Artifact], expectedLineage: String, expectedSerial: Int, info: RevisionDraft) throws -> RevisionInfo
    /// Takes the lock, waiting up to `timeout` for its holder to release it; then throws `.locked(by:)`.
    /// A stale lock is never taken over: `forceUnlock(id:)` is the explicit way out.
    func acquireLock(holder: String, operation: String, timeout: Duration) throws -> LockInfo
    /// Releases a lock taken by `acquireLock`; throws `.lockNotHeld` when it was force-unlocked meanwhile.
    func release(_ lock: LockInfo) throws
    /// Removes the lock with this id, whoever holds it.
    func forceUnlock(id: String) throws
    /// The lock as it is now, or nil when nobody holds it.
    func currentLock() throws -> LockInfo?
}

extension StateStore {
    /// Reads the whole history; backends override it with a query for one row.
    public func latestRevision() throws -> RevisionInfo? { try history().last }
}
