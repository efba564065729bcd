import Foundation
import GRDB
import LakeModel

/// Recording a revision: contents stored once per SHA-256, the revision's paths pointing at them.
extension SQLiteStateStore {
    public func commit(
        artifacts: [Artifact], expectedLineage: String, expectedSerial: Int, info: RevisionDraft
    ) throws -> RevisionInfo {
        try StateRecords.checkUniquePaths(artifacts)
        let hashesJSON = try Self.sortedJSON(info.blueprintHashes)
        try checkStillInPlace("nothing was recorded")
        let revision = try write { db in
            let (lineage, serial) = try Self.position(db)
            let revision = try StateRecords.nextRevision(
                lineage: lineage, serial: serial, expectedLineage: expectedLineage, expectedSerial: expectedSerial, info: info)
            try db.execute(
                sql: """
                    INSERT INTO revision (serial, created_at, user, host, tool_version, blueprint_hashes, summary)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    revision.serial, revision.createdAt, revision.user, revision.host, revision.toolVersion,
                    hashesJSON, revision.summary,
                ]
            )
            for artifact in artifacts {
                let bytes = Data(artifact.contents.utf8)
                let sha = StateRecords.sha256(bytes)
                try db.execute(sql: "INSERT OR IGNORE INTO blob (sha256, contents) VALUES (?, ?)", arguments: [sha, bytes])
                try db.execute(
                    sql: "INSERT INTO revision_artifact (serial, path, kind, sha256) VALUES (?, ?, ?, ?)",
                    arguments: [revision.serial, artifact.path, artifact.kind.rawValue, sha]
                )
            }
            for (lake, topology) in info.topologies.sorted(by: { $0.key < $1.key }) {
                try db.execute(
                    sql: "INSERT INTO revision_topology (serial, lake, topology) VALUES (?, ?, ?)",
                    arguments: [revision.serial, lake, try StateRecords.topologyJSON(topology)]
                )
            }
            try db.execute(sql: "UPDATE state SET serial = ? WHERE id = 1", arguments: [revision.serial])
            return revision
        }
        try checkStillInPlace("serial \(revision.serial) went into the removed file and is lost")
        return revision
    }

    /// How many distinct contents are stored, across all revisions.
    func blobCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM blob") ?? 0 }
    }

    private static func sortedJSON(_ hashes: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(hashes), as: UTF8.self)
    }
}
