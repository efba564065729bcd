import Foundation
import LakeModel
import Planning

/// A saved plan (`plan --out FILE`): the state it was made against, the plan, and the exact
/// artifacts `apply FILE` will write.
struct PlanFile: Codable {
    static let currentVersion = "1.0"

    var formatVersion: String
    var lineage: String
    var serial: Int
    var plan: Plan
    var artifacts: [Artifact]

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", lineage, serial, plan, artifacts
    }

    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// The plan file at `path`, or nil when the file is not a Lakeform plan.
    static func read(_ path: String) -> PlanFile? {
        guard let data = FileManager.default.contents(atPath: path),
              let file = try? JSONDecoder().decode(PlanFile.self, from: data), file.formatVersion == currentVersion else { return nil }
        return file
    }
}
