import Diagnostics
import Foundation

extension SwiftBlueprintLoader {
    /// A blueprint that must be compiled and run: what it needs for that and for caching the result.
    struct PendingEvaluation: Sendable {
        let path: String
        let source: Data
        let key: String
        let cache: BlueprintCache?
        let runtime: DSLRuntime
        let compiler: SwiftCompiler
        let warnings: Diagnostics
    }

    /// A load that needs no compiler (a missing file or toolchain, or a cache hit), or what evaluating it needs.
    enum Preparation: Sendable {
        case done(SwiftBlueprintLoad)
        case pending(PendingEvaluation)
    }

    /// Reads the blueprint, looks up the toolchain and the cache; stops at the first of them that settles the load.
    func prepare(path: String) -> Preparation {
        var warnings = Diagnostics(settingWarnings)
        func failed(_ diagnostics: [Diagnostic]) -> Preparation {
            .done(SwiftBlueprintLoad(outcome: .failed(Diagnostics(warnings.items + diagnostics)), cacheHit: false))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let source = FileManager.default.contents(atPath: path)
        else {
            let exists = FileManager.default.fileExists(atPath: path)
            let message = exists ? "not a readable file" : "no such file"
            return failed([.error("blueprint.missingFile", message, source: .file(path))])
        }

        let runtime: DSLRuntime, compiler: SwiftCompiler
        switch toolchain(path: path) {
        case .missing(let problem): return failed([problem])
        case .found(let foundRuntime, let foundCompiler): (runtime, compiler) = (foundRuntime, foundCompiler)
        }

        let (cache, cacheProblem) = openCache()
        if let cacheProblem { warnings.append(cacheProblem) }
        let key = BlueprintCacheKey.make(source: source, path: path, compiler: compiler, runtime: runtime)
        if let entry = cache?.entry(forKey: key),
           case .loaded(let blueprint, _) = EvaluationReader.read(entry.result, userPath: path),
           let cached = try? JSONDecoder().decode(Diagnostics.self, from: entry.warnings) {
            warnings.append(contentsOf: cached)
            return .done(SwiftBlueprintLoad(outcome: .loaded(blueprint, warnings: warnings), cacheHit: true))
        }
        return .pending(PendingEvaluation(
            path: path, source: source, key: key, cache: cache, runtime: runtime, compiler: compiler, warnings: warnings
        ))
    }

    /// The load that `evaluation` of `pending` gives, cached when it succeeded.
    func finish(_ pending: PendingEvaluation, _ evaluation: BlueprintRunner.Run) -> SwiftBlueprintLoad {
        var warnings = pending.warnings
        switch evaluation.outcome {
        case .failed(let diagnostics):
            return SwiftBlueprintLoad(outcome: .failed(Diagnostics(warnings.items + diagnostics.items)), cacheHit: false)
        case .loaded(let blueprint, let evaluationWarnings):
            if let wire = evaluation.wire, let encoded = try? JSONEncoder().encode(evaluationWarnings) {
                pending.cache?.store(BlueprintCache.Entry(result: wire, warnings: encoded), forKey: pending.key)
            }
            warnings.append(contentsOf: evaluationWarnings)
            return SwiftBlueprintLoad(outcome: .loaded(blueprint, warnings: warnings), cacheHit: false)
        }
    }
}
