import Crypto
import Foundation
import LakeModel

/// What every backend records and checks the same way: content hashes, timestamps, the commit preconditions and
/// the verification of artifacts read back.
public enum StateRecords {
    /// Lowercase hex SHA-256 of `data`.
    public static func sha256(_ data: some DataProtocol) -> String {
        SHA256.hash(data: data).lowercaseHex
    }

    /// ISO-8601 UTC with seconds, as revisions and locks are stored.
    public static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// Throws `.duplicatePath` when two artifacts of one commit share a path.
    public static func checkUniquePaths(_ artifacts: [Artifact]) throws {
        var seen = Set<String>()
        for artifact in artifacts where !seen.insert(artifact.path).inserted {
            throw StateError.duplicatePath(artifact.path)
        }
    }

    /// The revision a commit records over the store's `lineage` and `serial`, or `.lineageMismatch` / `.stale`
    /// when the caller planned against another position.
    public static func nextRevision(
        lineage: String, serial: Int, expectedLineage: String, expectedSerial: Int, info: RevisionDraft
    ) throws -> RevisionInfo {
        guard lineage == expectedLineage else { throw StateError.lineageMismatch(expected: expectedLineage, actual: lineage) }
        guard serial == expectedSerial else { throw StateError.stale(expectedSerial: expectedSerial, currentSerial: serial) }
        return RevisionInfo(
            serial: serial + 1, createdAt: timestamp(info.createdAt), user: info.user, host: info.host,
            toolVersion: info.toolVersion, blueprintHashes: info.blueprintHashes, summary: info.summary
        )
    }

    /// An artifact read back from revision `serial`, or `.corrupt` when its kind is unknown or its bytes do not
    /// match their SHA-256.
    public static func verified(path: String, kind: String, sha256 sha: String, bytes: Data, serial: Int) throws -> RecordedArtifact {
        guard let kind = ArtifactKind(rawValue: kind) else {
            throw StateError.corrupt("artifact \(path) in revision \(serial) has an unknown kind")
        }
        guard sha256(bytes) == sha, let contents = String(data: bytes, encoding: .utf8) else {
            throw StateError.corrupt("the stored contents of \(path) in revision \(serial) do not match SHA-256 \(sha)")
        }
        return RecordedArtifact(kind: kind, sha256: sha, contents: contents)
    }
}
