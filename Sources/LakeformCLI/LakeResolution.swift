import BlueprintLoading
import Diagnostics
import Foundation
import LakeModel
import Sizing

/// Reads blueprints and resolves every lake, printing diagnostics; throws after any error.
struct LakeResolution {
    var blueprints: BlueprintSet
    var lakes: [ResolvedLake]

    /// `recorded` is the topology the state recorded for each lake name (see `brownfield`).
    /// `revision` is the serial the next apply records, when a state is at hand.
    /// `derivations`: the addresses each lake's provenance keeps once resolved (a thousand lakes' formulas are a fifth
    /// of a cold plan's heap); nil keeps them all, for `explain`.
    static func run(
        _ options: BlueprintOptions, recorded: [String: RecordedTopology] = [:], revision: Int? = nil, derivations: Set<String>? = nil
    ) throws -> LakeResolution {
        try run(paths: options.paths, swift: options.swift, recorded: recorded, revision: revision, derivations: derivations)
    }

    static func run(
        paths: [String], swift: SwiftBlueprintOptions, recorded: [String: RecordedTopology] = [:], revision: Int? = nil,
        derivations: Set<String>? = nil
    ) throws -> LakeResolution {
        let set = swift.makeReader().readLakes(paths)
        let lakes = brownfield(set.lakes, recorded: recorded, revision: revision)
        var diagnostics = set.diagnostics
        guard !diagnostics.hasErrors else {
            Console.report(diagnostics)
            throw ExitStatus.failure
        }
        let results = ParallelResults<(lake: ResolvedLake, diagnostics: Diagnostics)>(count: lakes.count)
        DispatchQueue.concurrentPerform(iterations: lakes.count) { index in
            var result = Resolver.resolve(lakes[index])
            if let derivations { result.lake.provenance = result.lake.provenance.keeping(derivations) }
            results.set(index, result)
        }
        let resolved = results.values.map { result in
            diagnostics.append(contentsOf: result.diagnostics)
            return result.lake
        }
        Console.report(diagnostics)
        guard !diagnostics.hasErrors else { throw ExitStatus.failure }
        return LakeResolution(blueprints: set, lakes: resolved)
    }

    /// `lakes` with each one's `recorded` topology set from the state (by lake name), so sizing grows what is deployed;
    /// a lake the state has no topology for stays greenfield.
    static func brownfield(_ lakes: [LakeSpec], recorded: [String: RecordedTopology], revision: Int? = nil) -> [LakeSpec] {
        lakes.map { lake in
            var lake = lake
            lake.recorded = recorded[lake.name]
            lake.revision = revision
            return lake
        }
    }
}
