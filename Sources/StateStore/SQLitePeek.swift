import GRDBSQLite

/// One query of a SQLite file through the C API, for a start-up path that cannot pay for opening a GRDB pool (about
/// 9 M instructions, mostly the Swift runtime's first conformance look-ups): the plan memo. Never creates, migrates
/// or writes: a read-only connection does not checkpoint a WAL database on close, nor delete its `-wal` and `-shm`
/// files (which a read-write one did, for the next run to create again). Nil on any failure.
public enum SQLitePeek {
    /// A column's value.
    public enum Value: Equatable, Sendable {
        case integer(Int64), text(String), blob([UInt8]), null
    }

    /// The first row of `sql` (its `?` bound to `arguments` as text) in the database at `path`, or nil.
    public static func firstRow(path: String, sql: String, arguments: [String] = []) -> [Value]? {
        var connection: OpaquePointer?
        defer { sqlite3_close(connection) }
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else { return nil }
        sqlite3_busy_timeout(connection, 1_000)
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK else { return nil }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (index, argument) in arguments.enumerated() {
            guard sqlite3_bind_text(statement, Int32(index + 1), argument, -1, transient) == SQLITE_OK else { return nil }
        }
        guard sqlite3_step(statement) == SQLITE_ROW else { return nil }
        return (0..<sqlite3_column_count(statement)).map { column in
            switch sqlite3_column_type(statement, column) {
            case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, column))
            case SQLITE_TEXT: return .text(sqlite3_column_text(statement, column).map { String(cString: $0) } ?? "")
            case SQLITE_BLOB:
                let count = Int(sqlite3_column_bytes(statement, column))
                guard count > 0, let bytes = sqlite3_column_blob(statement, column) else { return .blob([]) }
                return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
            default: return .null
            }
        }
    }
}
