import ArtifactValidation
import Diagnostics
import Emitters
import Foundation
import LakeModel
import Planning

/// Emits every lake's artifacts and validates them against the CRD schemas and chart values;
/// prints the problems and throws when any artifact is invalid.
enum ArtifactCheck {
    /// Lakes are emitted and validated in parallel, one per core; the result is in lake order.
    /// - Parameter trusted: path → SHA-256 of artifacts already validated by this Lakeform version (the recorded
    ///   revision's); an artifact with exactly those bytes is not validated again.
    static func emitAndValidate(_ lakes: [ResolvedLake], trusted: [String: String] = [:]) throws -> [Artifact] {
        let validator: ArtifactValidator
        do {
            validator = try ArtifactValidator.loadDefault()
        } catch {
            Console.error("error: \(error) [artifact.catalog]")
            throw ExitStatus.failure
        }
        let results = ParallelResults<(artifacts: [Artifact], diagnostics: Diagnostics)>(count: lakes.count)
        DispatchQueue.concurrentPerform(iterations: lakes.count) { index in
            let lake = lakes[index]
            let emission = Emission(lake: lake)
            let charts = ArtifactValidator.chartFolders(lake: lake.name, releases: emission.releases)
            let unchecked = emission.artifacts.filter { artifact in
                trusted[artifact.path].map { $0 != Planner.hash(artifact.contents) } ?? true
            }
            results.set(index, (emission.artifacts, validator.validate(unchecked, charts: charts)))
        }
        var problems = Diagnostics()
        for lake in results.values { problems.append(contentsOf: lake.diagnostics) }
        Console.report(problems)
        guard !problems.hasErrors else {
            Console.error("Nothing was written: the generated artifacts are invalid. This is a Lakeform bug; please report it.")
            throw ExitStatus.failure
        }
        return results.values.flatMap(\.artifacts)
    }
}
