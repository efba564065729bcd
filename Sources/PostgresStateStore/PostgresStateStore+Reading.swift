import Foundation
import LakeModel
import PostgresNIO
import StateStore

/// Decoding rows into snapshots and revisions; anything that does not check out throws `.corrupt`.
extension PostgresStateStore {
    /// The lineage and serial of the latest revision; `forUpdate` locks the row until the transaction ends.
    static func position(_ session: PostgresSession, forUpdate: Bool = false) throws -> (String, Int) {
        let query: PostgresQuery = forUpdate
            ? "SELECT lineage, serial FROM state WHERE id = 1 FOR UPDATE"
            : "SELECT lineage, serial FROM state WHERE id = 1"
        guard let row = try session.query(query).first else {
            throw StateError.corrupt("the state row (lineage and serial) is missing")
        }
        return try row.decode((String, Int).self)
    }

    /// The artifacts of revision `serial`, each verified against its SHA-256.
    static func artifacts(_ session: PostgresSession, serial: Int) throws -> [String: RecordedArtifact] {
        let rows = try session.query("""
            SELECT a.path, a.kind, a.sha256, b.contents FROM revision_artifact a JOIN blob b ON b.sha256 = a.sha256
            WHERE a.serial = \(serial)
            """)
        var result: [String: RecordedArtifact] = [:]
        for row in rows {
            let (path, kind, sha, bytes) = try row.decode((String, String, String, Data).self)
            result[path] = try StateRecords.verified(path: path, kind: kind, sha256: sha, bytes: bytes, serial: serial)
        }
        return result
    }

    /// The topologies recorded with revision `serial`, by lake name; empty for a revision recorded without them.
    static func topologies(_ session: PostgresSession, serial: Int) throws -> [String: RecordedTopology] {
        var result: [String: RecordedTopology] = [:]
        for row in try session.query("SELECT lake, topology FROM revision_topology WHERE serial = \(serial)") {
            let (lake, json) = try row.decode((String, String).self)
            result[lake] = try StateRecords.topology(json: json, lake: lake, serial: serial)
        }
        return result
    }

    /// The revision `serial` of `lineage` with its artifacts and topologies.
    static func snapshot(_ session: PostgresSession, lineage: String, serial: Int) throws -> StateSnapshot {
        StateSnapshot(lineage: lineage, serial: serial, artifacts: try artifacts(session, serial: serial),
                      topologies: try topologies(session, serial: serial))
    }

    /// One `revision` row (serial, created_at, user_name, host, tool_version, blueprint_hashes, summary).
    static func revisionInfo(_ row: PostgresRow) throws -> RevisionInfo {
        let (serial, createdAt, user, host, toolVersion, hashesText, summary) =
            try row.decode((Int, String, String, String, String, String, String).self)
        guard let hashes = try? JSONDecoder().decode([String: String].self, from: Data(hashesText.utf8)) else {
            throw StateError.corrupt("revision \(serial) has unreadable blueprint hashes")
        }
        return RevisionInfo(
            serial: serial, createdAt: createdAt, user: user, host: host, toolVersion: toolVersion,
            blueprintHashes: hashes, summary: summary
        )
    }
}
