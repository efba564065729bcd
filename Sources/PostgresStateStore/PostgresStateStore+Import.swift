import Foundation
import LakeModel
import PostgresNIO
import StateStore

/// What `importHistory(from:)` copied.
public struct ImportReport: Sendable, Equatable {
    public var lineage: String
    /// Revisions copied, oldest first.
    public var revisions: [RevisionInfo]
    /// Artifacts over all revisions, and the distinct contents they share.
    public var artifacts: Int
    public var contents: Int
}

/// Copying another state, with its full history, into an empty PostgreSQL state.
extension PostgresStateStore {
    /// Copies every revision of `source` in order, with its info, artifacts and topologies verbatim, and takes over its lineage,
    /// in one transaction. Before committing, each copied revision's paths and SHA-256s are read back and the stored
    /// bytes hashed by the server; any mismatch rolls everything back. Throws `.stale` when this state is not empty.
    public func importHistory(from source: any StateStore) throws -> ImportReport {
        let lineage = try source.current().lineage
        let history = try source.history()
        guard history.map(\.serial) == Array(1..<history.count + 1) else {
            throw StateError.corrupt("the source's revisions are not numbered 1 to \(history.count)")
        }
        return try withMain { session in
            try session.transaction {
                let (_, serial) = try Self.position(session, forUpdate: true)
                let recorded = try session.query("SELECT count(*) FROM revision").first?.decode(Int.self) ?? 0
                guard serial == 0, recorded == 0 else { throw StateError.stale(expectedSerial: 0, currentSerial: serial) }
                try session.query("UPDATE state SET lineage = \(lineage) WHERE id = 1")
                var artifacts = 0
                for info in history {
                    guard let snapshot = try source.revision(info.serial) else {
                        throw StateError.corrupt("the source lists revision \(info.serial) but cannot read it")
                    }
                    let copied = snapshot.artifacts.map { Artifact(path: $0.key, kind: $0.value.kind, contents: $0.value.contents) }
                    try Self.insert(info, copied, snapshot.topologies, session)
                    try Self.verify(session, serial: info.serial, expected: snapshot.artifacts.mapValues(\.sha256))
                    artifacts += copied.count
                }
                let contents = try session.query("SELECT count(*) FROM blob").first?.decode(Int.self) ?? 0
                return ImportReport(lineage: lineage, revisions: history, artifacts: artifacts, contents: contents)
            }
        }
    }

    /// Reads revision `serial` back: its path → SHA-256 map must equal `expected`, and the server's own SHA-256 of
    /// each stored content must equal its key.
    private static func verify(_ session: PostgresSession, serial: Int, expected: [String: String]) throws {
        let rows = try session.query("""
            SELECT a.path, a.sha256, encode(sha256(b.contents), 'hex') FROM revision_artifact a
            JOIN blob b ON b.sha256 = a.sha256 WHERE a.serial = \(serial)
            """)
        var copied: [String: String] = [:]
        for row in rows {
            let (path, sha, rehashed) = try row.decode((String, String, String).self)
            guard sha == rehashed else { throw StateError.corrupt("revision \(serial): \(path) was stored with the wrong bytes") }
            copied[path] = sha
        }
        guard copied == expected else {
            let differing = Set(copied.keys).symmetricDifference(expected.keys)
                .union(expected.keys.filter { copied[$0] != nil && copied[$0] != expected[$0] }).sorted()
            throw StateError.corrupt("revision \(serial) did not copy intact: \(differing.joined(separator: ", "))")
        }
    }
}
