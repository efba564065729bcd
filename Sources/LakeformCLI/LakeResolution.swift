import BlueprintLoading
import Diagnostics
import Foundation
import LakeModel
import Sizing

/// Reads blueprints and resolves every lake, printing diagnostics; throws after any error.
struct LakeResolution {
    var blueprints: BlueprintSet
    var lakes: [ResolvedLake]

    static func run(_ options: BlueprintOptions) throws -> LakeResolution {
        try run(paths: options.paths, swift: options.swift)
    }

    static func run(paths: [String], swift: SwiftBlueprintOptions) throws -> LakeResolution {
        let set = swift.makeReader().readLakes(paths)
        var diagnostics = set.diagnostics
        guard !diagnostics.hasErrors else {
            Console.report(diagnostics)
            throw ExitStatus.failure
        }
        let results = ParallelResults<(lake: ResolvedLake, diagnostics: Diagnostics)>(count: set.lakes.count)
        DispatchQueue.concurrentPerform(iterations: set.lakes.count) { results.set($0, Resolver.resolve(set.lakes[$0])) }
        let resolved = results.values.map { result in
            diagnostics.append(contentsOf: result.diagnostics)
            return result.lake
        }
        Console.report(diagnostics)
        guard !diagnostics.hasErrors else { throw ExitStatus.failure }
        return LakeResolution(blueprints: set, lakes: resolved)
    }
}
