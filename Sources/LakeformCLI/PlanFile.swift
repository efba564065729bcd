import Foundation
import LakeModel
import Planning
import StateStore

/// A saved plan (`plan --out FILE`): the state it was made against, the plan, the exact artifacts `apply FILE`
/// writes (each with its SHA-256), the recorded files it deletes, and a digest over all of it
/// (`PlanFile+Integrity.swift`), so a file changed after it was saved is refused.
struct PlanFile: Codable {
    /// 2.0 added the artifacts' and the whole plan's SHA-256; older plan files are refused.
    static let currentVersion = "2.0"

    var formatVersion: String
    var lineage: String
    var serial: Int
    var plan: Plan
    var artifacts: [SavedArtifact]
    /// The recorded files the plan deletes: path → the SHA-256 the state records for it.
    var deletions: [String: String]
    /// The blueprints the artifacts came from (path → SHA-256), recorded with the revision.
    var blueprintHashes: [String: String]
    /// What each lake deploys, stamped with the serial `apply FILE` records; recorded with the revision.
    var topologies: [String: RecordedTopology]
    /// SHA-256 of the canonical bytes of everything above; nil only while it is computed.
    var digest: String?

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", lineage, serial, plan, artifacts, deletions
        case blueprintHashes = "blueprint_hashes", topologies, digest
    }

    /// A plan made against `snapshot`, sealed with its digest.
    init(snapshot: StateSnapshot, plan: Plan, artifacts: [Artifact], blueprintHashes: [String: String],
         topologies: [String: RecordedTopology]) throws {
        formatVersion = Self.currentVersion
        lineage = snapshot.lineage
        serial = snapshot.serial
        self.plan = plan
        self.artifacts = artifacts.map(SavedArtifact.init)
        let kept = Set(artifacts.map(\.path))
        deletions = snapshot.artifacts.filter { !kept.contains($0.key) }.mapValues(\.sha256)
        self.blueprintHashes = blueprintHashes
        self.topologies = topologies
        digest = try canonicalDigest()
    }

    /// The artifacts as `apply` writes them.
    var writtenArtifacts: [Artifact] { artifacts.map(\.artifact) }

    func write(to path: String) throws {
        try Self.encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Sorted keys and no escaped slashes: one plan is always the same bytes.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Exits 1 with "plan is stale" unless the state is still where this plan was made.
    func checkCurrent(_ snapshot: StateSnapshot) throws {
        guard lineage == snapshot.lineage, serial == snapshot.serial else {
            Console.error("Error: Saved plan is stale [apply.stalePlan]")
            Console.error("  The plan was made against state serial \(serial)\(lineage == snapshot.lineage ? "" : " of another state (lineage \(lineage))"); "
                          + "the state is now at serial \(snapshot.serial). Run `lakeform plan` again.")
            throw ExitStatus.failure
        }
    }
}

/// One artifact of a saved plan, with the SHA-256 of its UTF-8 bytes.
struct SavedArtifact: Codable, Equatable {
    var path: String
    var kind: ArtifactKind
    var sha256: String
    var contents: String

    init(_ artifact: Artifact) {
        path = artifact.path
        kind = artifact.kind
        contents = artifact.contents
        sha256 = StateRecords.sha256(Data(artifact.contents.utf8))
    }

    var artifact: Artifact { Artifact(path: path, kind: kind, contents: contents) }
}
