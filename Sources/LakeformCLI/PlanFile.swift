import Foundation
import LakeModel
import Planning
import StateStore

/// A saved plan (`plan --out FILE`): the state it was made against, the plan, and the exact
/// artifacts `apply FILE` will write.
struct PlanFile: Codable {
    static let currentVersion = "1.2"

    var formatVersion: String
    var lineage: String
    var serial: Int
    var plan: Plan
    var artifacts: [Artifact]
    /// The blueprints the artifacts came from (path → SHA-256), recorded with the revision.
    var blueprintHashes: [String: String]?
    /// What each lake deploys, stamped with the serial `apply FILE` records; recorded with the revision.
    var topologies: [String: RecordedTopology]

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", lineage, serial, plan, artifacts, blueprintHashes = "blueprint_hashes", topologies
    }

    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// The plan file at `path`, or nil when the file is not a Lakeform plan of this version.
    static func read(_ path: String) -> PlanFile? {
        guard let data = FileManager.default.contents(atPath: path),
              let file = try? JSONDecoder().decode(PlanFile.self, from: data), file.formatVersion == currentVersion else { return nil }
        return file
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
