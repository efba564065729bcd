import Foundation
import LakeModel

/// One artifact as recorded in a revision: its kind, the SHA-256 (lowercase hex) of its UTF-8 bytes and the bytes.
public struct RecordedArtifact: Sendable, Equatable {
    public var kind: ArtifactKind
    public var sha256: String
    public var contents: String

    public init(kind: ArtifactKind, sha256: String, contents: String) {
        self.kind = kind
        self.sha256 = sha256
        self.contents = contents
    }
}

/// The artifacts of one revision, keyed by path, with the lineage and serial they belong to.
public struct StateSnapshot: Sendable, Equatable {
    public var lineage: String
    public var serial: Int
    public var artifacts: [String: RecordedArtifact]
    /// What the revision deployed, by lake name; empty for serial 0 and for revisions recorded before topologies were.
    public var topologies: [String: RecordedTopology]

    public init(lineage: String, serial: Int, artifacts: [String: RecordedArtifact], topologies: [String: RecordedTopology] = [:]) {
        self.lineage = lineage
        self.serial = serial
        self.artifacts = artifacts
        self.topologies = topologies
    }
}

/// What the caller says about a revision it is about to commit; the store adds the serial.
public struct RevisionDraft: Sendable, Equatable {
    public var user: String
    public var host: String
    public var toolVersion: String
    /// Blueprint path → SHA-256 hex of the blueprint's bytes.
    public var blueprintHashes: [String: String]
    public var summary: String
    public var createdAt: Date
    /// What the revision deploys, by lake name (`ResolvedLake.topology(serial:)`), fed back into the next resolve.
    public var topologies: [String: RecordedTopology]

    public init(
        user: String = ProcessInfo.processInfo.environment["USER"] ?? "unknown",
        host: String = ProcessInfo.processInfo.hostName,
        toolVersion: String = LakeformVersion.current,
        blueprintHashes: [String: String] = [:],
        summary: String,
        createdAt: Date = Date(),
        topologies: [String: RecordedTopology] = [:]
    ) {
        self.user = user
        self.host = host
        self.toolVersion = toolVersion
        self.blueprintHashes = blueprintHashes
        self.summary = summary
        self.createdAt = createdAt
        self.topologies = topologies
    }
}

/// A recorded revision. `createdAt` is ISO-8601 UTC; it lives in the state only, never in `generated/`.
public struct RevisionInfo: Sendable, Equatable, Codable {
    public var serial: Int
    public var createdAt: String
    public var user: String
    public var host: String
    public var toolVersion: String
    public var blueprintHashes: [String: String]
    public var summary: String

    public init(
        serial: Int, createdAt: String, user: String, host: String, toolVersion: String,
        blueprintHashes: [String: String], summary: String
    ) {
        self.serial = serial
        self.createdAt = createdAt
        self.user = user
        self.host = host
        self.toolVersion = toolVersion
        self.blueprintHashes = blueprintHashes
        self.summary = summary
    }
}

/// Who holds the state lock, for which operation and since when (ISO-8601 UTC). `id` is what `force-unlock` takes.
public struct LockInfo: Sendable, Equatable, Codable, CustomStringConvertible {
    public var id: String
    public var holder: String
    public var pid: Int
    public var host: String
    public var since: String
    public var operation: String

    public init(id: String, holder: String, pid: Int, host: String, since: String, operation: String) {
        self.id = id
        self.holder = holder
        self.pid = pid
        self.host = host
        self.since = since
        self.operation = operation
    }

    public var description: String {
        "\(holder) (pid \(pid) on \(host), since \(since), for \(operation); lock id \(id))"
    }
}
