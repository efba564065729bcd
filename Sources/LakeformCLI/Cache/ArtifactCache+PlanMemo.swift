import Foundation
import GRDB
import StateStore

/// The plan memo's rows: a plan's output (`ConsoleTranscript.encode`) and exit status under its key (`PlanMemoKey`).
extension ArtifactCache {
    /// How many memos are kept: the most recently stored.
    static let planMemoLimit = 8

    /// The output and exit status stored under `key` in the cache in `directory`, or nil; read without opening the
    /// cache (`SQLitePeek`), as the memo is looked up before anything else runs.
    static func planMemo(directory: String, key: String) -> (output: Data, status: Int32)? {
        guard let row = SQLitePeek.firstRow(path: directory + "/" + fileName, sql: "SELECT output, status FROM plan_memo WHERE key = ?",
                                            arguments: [key]),
              row.count == 2, case .blob(let output) = row[0], case .integer(let status) = row[1], let code = Int32(exactly: status)
        else { return nil }
        return (Data(output), code)
    }

    /// Stores a plan's output and exit status under `key`, keeping the `planMemoLimit` newest memos.
    func storePlanMemo(key: String, output: Data, status: Int32) {
        try? database.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO plan_memo (key, output, status, stored_at) VALUES (?, ?, ?, ?)",
                           arguments: [key, output, status, FileStamp.now()])
            try db.execute(sql: "DELETE FROM plan_memo WHERE key NOT IN (SELECT key FROM plan_memo ORDER BY stored_at DESC LIMIT ?)",
                           arguments: [Self.planMemoLimit])
        }
    }
}
