import Foundation
import LakeModel
import PostgresNIO
import StateStore

/// Recording a revision: one transaction that locks the state row (`SELECT … FOR UPDATE`), checks lineage and serial,
/// stores each content once per SHA-256 and points the revision's paths at them.
extension PostgresStateStore {
    public func commit(
        artifacts: [Artifact], expectedLineage: String, expectedSerial: Int, info: RevisionDraft
    ) throws -> RevisionInfo {
        try StateRecords.checkUniquePaths(artifacts)
        return try withMain { session in
            try session.transaction {
                let (lineage, serial) = try Self.position(session, forUpdate: true)
                let revision = try StateRecords.nextRevision(
                    lineage: lineage, serial: serial, expectedLineage: expectedLineage, expectedSerial: expectedSerial, info: info)
                try Self.insert(revision, artifacts, info.topologies, session)
                return revision
            }
        }
    }

    /// How many distinct contents are stored, across all revisions.
    func blobCount() throws -> Int {
        try withMain { session in try session.query("SELECT count(*) FROM blob").first?.decode(Int.self) ?? 0 }
    }

    /// Writes `revision` with `artifacts` and `topologies` (by lake name) and moves the state's serial to it; call inside
    /// a transaction holding the state row. Two statements for the artifacts however many there are (`unnest` of arrays).
    static func insert(
        _ revision: RevisionInfo, _ artifacts: [Artifact], _ topologies: [String: RecordedTopology], _ session: PostgresSession
    ) throws {
        let hashesJSON = try sortedJSON(revision.blueprintHashes)
        try session.query("""
            INSERT INTO revision (serial, created_at, user_name, host, tool_version, blueprint_hashes, summary)
            VALUES (\(revision.serial), \(revision.createdAt), \(revision.user), \(revision.host), \(revision.toolVersion),
                    \(hashesJSON), \(revision.summary))
            """)
        var contents: [String: ByteBuffer] = [:]
        let hashes = artifacts.map { artifact in
            let bytes = Data(artifact.contents.utf8)
            let sha = StateRecords.sha256(bytes)
            contents[sha] = ByteBuffer(bytes: bytes)
            return sha
        }
        let blobs = contents.sorted { $0.key < $1.key }
        try session.query("""
            INSERT INTO blob (sha256, contents) SELECT * FROM unnest(\(blobs.map(\.key))::text[], \(blobs.map(\.value))::bytea[])
            ON CONFLICT (sha256) DO NOTHING
            """)
        try session.query("""
            INSERT INTO revision_artifact (serial, path, kind, sha256)
            SELECT \(revision.serial), * FROM unnest(\(artifacts.map(\.path))::text[], \(artifacts.map(\.kind.rawValue))::text[], \(hashes)::text[])
            """)
        let lakes = topologies.sorted { $0.key < $1.key }
        let topologyJSON = try lakes.map { try StateRecords.topologyJSON($0.value) }
        try session.query("""
            INSERT INTO revision_topology (serial, lake, topology)
            SELECT \(revision.serial), * FROM unnest(\(lakes.map(\.key))::text[], \(topologyJSON)::text[])
            """)
        try session.query("UPDATE state SET serial = \(revision.serial) WHERE id = 1")
    }

    private static func sortedJSON(_ hashes: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(hashes), as: UTF8.self)
    }
}
