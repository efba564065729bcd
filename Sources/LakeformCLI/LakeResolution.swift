import BlueprintLoading
import Diagnostics
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
        let resolved = set.lakes.map { spec in
            let result = Resolver.resolve(spec)
            diagnostics.append(contentsOf: result.diagnostics)
            return result.lake
        }
        Console.report(diagnostics)
        guard !diagnostics.hasErrors else { throw ExitStatus.failure }
        return LakeResolution(blueprints: set, lakes: resolved)
    }
}
