import Foundation
import GRDB
import LakeModel

/// Decoding rows into snapshots and revisions; anything that does not check out throws `.corrupt`.
extension SQLiteStateStore {
    /// The lineage and serial of the latest revision.
    static func position(_ db: Database) throws -> (String, Int) {
        guard let row = try Row.fetchOne(db, sql: "SELECT lineage, serial FROM state WHERE id = 1"),
              let lineage = try row.decode(String?.self, forColumn: "lineage"),
              let serial = try row.decode(Int?.self, forColumn: "serial")
        else { throw StateError.corrupt("the state row (lineage and serial) is missing") }
        return (lineage, serial)
    }

    /// The artifacts of revision `serial`, each verified against its SHA-256.
    static func artifacts(_ db: Database, serial: Int) throws -> [String: RecordedArtifact] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.path, a.kind, a.sha256, b.contents FROM revision_artifact a JOIN blob b ON b.sha256 = a.sha256
            WHERE a.serial = ?
            """, arguments: [serial])
        var result: [String: RecordedArtifact] = [:]
        while let row = try rows.next() {
            let path = try row.decode(String.self, forColumn: "path")
            result[path] = try StateRecords.verified(
                path: path, kind: try row.decode(forColumn: "kind"), sha256: try row.decode(forColumn: "sha256"),
                bytes: try row.decode(forColumn: "contents"), serial: serial)
        }
        return result
    }

    /// The topologies recorded with revision `serial`, by lake name; empty for a revision recorded without them.
    static func topologies(_ db: Database, serial: Int) throws -> [String: RecordedTopology] {
        let rows = try Row.fetchCursor(db, sql: "SELECT lake, topology FROM revision_topology WHERE serial = ?", arguments: [serial])
        var result: [String: RecordedTopology] = [:]
        while let row = try rows.next() {
            let lake = try row.decode(String.self, forColumn: "lake")
            result[lake] = try StateRecords.topology(json: try row.decode(forColumn: "topology"), lake: lake, serial: serial)
        }
        return result
    }

    /// The revision `serial` of `lineage` with its artifacts and topologies.
    static func snapshot(_ db: Database, lineage: String, serial: Int) throws -> StateSnapshot {
        StateSnapshot(lineage: lineage, serial: serial, artifacts: try artifacts(db, serial: serial),
                      topologies: try topologies(db, serial: serial))
    }

    /// One `revision` row as a RevisionInfo.
    static func revisionInfo(_ row: Row) throws -> RevisionInfo {
        let serial = try row.decode(Int.self, forColumn: "serial")
        let hashesText = try row.decode(String.self, forColumn: "blueprint_hashes")
        guard let hashes = try? JSONDecoder().decode([String: String].self, from: Data(hashesText.utf8)) else {
            throw StateError.corrupt("revision \(serial) has unreadable blueprint hashes")
        }
        return RevisionInfo(
            serial: serial, createdAt: try row.decode(forColumn: "created_at"), user: try row.decode(forColumn: "user"),
            host: try row.decode(forColumn: "host"), toolVersion: try row.decode(forColumn: "tool_version"),
            blueprintHashes: hashes, summary: try row.decode(forColumn: "summary")
        )
    }
}
