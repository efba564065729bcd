import Foundation
import LakeModel
import Planning
import StateStore

/// What the blueprints want generated/ to hold, and the plan from the recorded state to it.
struct DesiredState {
    var resolution: LakeResolution
    var artifacts: [Artifact]

    /// Resolves, emits, validates and prices every lake (the same artifacts `build` writes).
    static func compute(_ options: BlueprintOptions) throws -> DesiredState {
        let resolution = try LakeResolution.run(options)
        let artifacts = try ArtifactCheck.emitAndValidate(resolution.lakes) + ReportArtifacts.make(resolution.lakes, priceBook: nil)
        return DesiredState(resolution: resolution, artifacts: artifacts.sorted { $0.path < $1.path })
    }

    /// SHA-256 of every blueprint file that was read, by path.
    var blueprintHashes: [String: String] {
        Dictionary(resolution.blueprints.blueprints.map { blueprint in
            let text = FileManager.default.contents(atPath: blueprint.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
            return (blueprint.path, Planner.hash(text))
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The folders under generated/ that a write of `artifacts` replaces, including lakes the state
    /// still records but the blueprints no longer declare.
    static func scopes(for artifacts: [Artifact], recorded: StateSnapshot) -> [String] {
        let top = (artifacts.map(\.path) + recorded.artifacts.keys).compactMap { $0.split(separator: "/").first.map(String.init) }
        return Array(Set(top)).sorted()
    }
}
