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
    /// - Parameter cache: lakes it has (same input, files unchanged) are read back instead of emitted and validated;
    ///   the others are recorded in it once every lake is valid.
    static func emitAndValidate(_ lakes: [ResolvedLake], trusted: [String: String] = [:], cache: CachedEmission? = nil) throws -> [Artifact] {
        let cached = ParallelResults<[Artifact]?>(count: lakes.count)
        DispatchQueue.concurrentPerform(iterations: lakes.count) { cached.set($0, cache?.artifacts(lakes[$0])) }
        var artifacts = cached.values
        let misses = lakes.indices.filter { artifacts[$0] == nil }
        guard !misses.isEmpty else { return artifacts.flatMap { $0 ?? [] } }
        let validator: ArtifactValidator
        do {
            validator = try ArtifactValidator.loadDefault()
        } catch {
            Console.error("error: \(error) [artifact.catalog]")
            throw ExitStatus.failure
        }
        let results = ParallelResults<(artifacts: [Artifact], diagnostics: Diagnostics)>(count: misses.count)
        DispatchQueue.concurrentPerform(iterations: misses.count) { index in
            let lake = lakes[misses[index]]
            let emission = Emission(lake: lake)
            let charts = ArtifactValidator.chartFolders(lake: lake.name, releases: emission.releases)
            // Hashed once here, on every core, for the trust check, the cache's manifests and the planner.
            let hashed = emission.artifacts.map(\.hashed)
            let unchecked = hashed.filter { artifact in trusted[artifact.path].map { $0 != artifact.sha256 } ?? true }
            // The trees were only for validation: drop them so a thousand lakes' artifacts hold just their bytes.
            results.set(index, (hashed.map(\.withoutDocument), validator.validate(unchecked, charts: charts)))
        }
        let emitted = results.values
        var problems = Diagnostics()
        for lake in emitted { problems.append(contentsOf: lake.diagnostics) }
        Console.report(problems)
        guard !problems.hasErrors else {
            Console.error("Nothing was written: the generated artifacts are invalid. This is a Lakeform bug; please report it.")
            throw ExitStatus.failure
        }
        cache?.record(zip(misses, emitted).map { (lake: lakes[$0.0], artifacts: $0.1.artifacts) })
        for (index, lake) in zip(misses, emitted) { artifacts[index] = lake.artifacts }
        return artifacts.flatMap { $0 ?? [] }
    }
}
