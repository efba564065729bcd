/// Why a state operation failed. Every database failure surfaces as one of these, never as a crash.
public enum StateError: Error, Equatable, CustomStringConvertible {
    /// The state moved on since the caller read it (another apply committed first).
    case stale(expectedSerial: Int, currentSerial: Int)
    /// The caller's plan belongs to another state altogether.
    case lineageMismatch(expected: String, actual: String)
    /// Someone else holds the lock.
    case locked(by: LockInfo)
    /// The lock with this id is not the one held (it was force-unlocked, or never existed).
    case lockNotHeld(id: String)
    /// Two artifacts in one commit share a path.
    case duplicatePath(String)
    /// The file is not a readable Lakeform state, or its contents do not check out.
    case corrupt(String)
    /// The database was migrated by a newer Lakeform than this one.
    case newerSchema(path: String)
    /// Any other database failure (I/O, permissions, busy for too long).
    case database(String)
    /// The database server could not be reached or refused the session (connection refused, wrong credentials,
    /// a missing database); the message says which, without the password.
    case connection(String)
    /// The `--state` text is not a location Lakeform can open (an unknown scheme, a malformed URL).
    case invalidLocation(String)

    public var description: String {
        switch self {
        case let .stale(expected, current):
            "the state is at serial \(current), but this operation was planned against serial \(expected); plan again"
        case let .lineageMismatch(expected, actual):
            "the state has lineage \(actual), but this operation was planned against lineage \(expected)"
        case let .locked(by):
            "the state is locked by \(by); if that process is gone, run `lakeform force-unlock \(by.id)`"
        case let .lockNotHeld(id):
            "lock \(id) is not held (it was force-unlocked or never taken)"
        case let .duplicatePath(path):
            "two artifacts have the path \(path)"
        case let .corrupt(message):
            "corrupt state: \(message)"
        case let .newerSchema(path):
            "\(path) was written by a newer Lakeform; upgrade to use it"
        case let .database(message):
            "state database error: \(message)"
        case let .connection(message), let .invalidLocation(message):
            message
        }
    }
}
