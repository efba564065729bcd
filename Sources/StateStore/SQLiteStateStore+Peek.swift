import Foundation

/// The head of a SQLite state read without opening a store: for the plan memo, which must answer in a few milliseconds.
extension SQLiteStateStore {
    /// The head of the state at `path`, as `head()` reads it, through one plain SQLite connection (no pool, no
    /// migration); nil when the file is missing or not a state, or while some process holds its lock file.
    public static func peekHead(path: String) -> StateHead? {
        let lock = open(path + ".lock", O_RDONLY | O_CLOEXEC)
        if lock >= 0 {
            defer { close(lock) }
            guard flock(lock, LOCK_SH | LOCK_NB) == 0 else { return nil }
        }
        guard let row = SQLitePeek.firstRow(path: path, sql: headQuery), row.count == 3,
              case .text(let lineage) = row[0], case .integer(let serial) = row[1] else { return nil }
        switch row[2] {
        case .text(let recordedAt): return StateHead(lineage: lineage, serial: Int(serial), recordedAt: recordedAt)
        case .null: return StateHead(lineage: lineage, serial: Int(serial), recordedAt: nil)
        default: return nil
        }
    }

    /// The lineage, serial and latest revision's time, in one query.
    static let headQuery = "SELECT s.lineage, s.serial, r.created_at FROM state s LEFT JOIN revision r ON r.serial = s.serial WHERE s.id = 1"
}
