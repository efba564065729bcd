import Dispatch
import Foundation
import LakeModel

extension SwiftBlueprintLoader {
    /// Loads every blueprint of `paths` (the same path twice is loaded once): cache hits as `load(path:)` does,
    /// and the uncached ones compiled together (`SwiftBlueprintBatch`) when there are several. A blueprint the
    /// batch cannot settle is evaluated alone, so each gets the outcome and the cache entry a single load gives.
    public func loadAll(paths: [String]) -> [String: SwiftBlueprintLoad] {
        var seen: Set<String> = []
        let unique = paths.filter { seen.insert($0).inserted }
        let prepared = ParallelResults<Preparation>(count: unique.count)
        DispatchQueue.concurrentPerform(iterations: unique.count) { prepared.set($0, prepare(path: unique[$0])) }
        var loads: [String: SwiftBlueprintLoad] = [:]
        for (path, preparation) in zip(unique, prepared.values) {
            if case .done(let load) = preparation { loads[path] = load }
        }
        let pending = prepared.values.compactMap { preparation -> PendingEvaluation? in
            guard case .pending(let evaluation) = preparation else { return nil }
            return evaluation
        }
        let batched = pending.count > 1 ? batch(for: pending[0]).evaluate(pending.map {
            SwiftBlueprintBatch.Member(path: $0.path, source: $0.source)
        }) : pending.map { _ in nil }
        let finished = ParallelResults<SwiftBlueprintLoad>(count: pending.count)
        DispatchQueue.concurrentPerform(iterations: pending.count) { index in
            let evaluation = pending[index]
            let run = batched[index] ?? evaluate(
                source: evaluation.source, path: evaluation.path, runtime: evaluation.runtime, compiler: evaluation.compiler
            )
            finished.set(index, finish(evaluation, run))
        }
        for (evaluation, load) in zip(pending, finished.values) { loads[evaluation.path] = load }
        return loads
    }

    /// A batch with the toolchain `pending` was prepared with and this loader's flags, environment and time limit.
    private func batch(for pending: PendingEvaluation) -> SwiftBlueprintBatch {
        SwiftBlueprintBatch(
            compiler: pending.compiler, runtime: pending.runtime,
            flags: SwiftCompiler.moduleFlags(runtime: pending.runtime, moduleCache: moduleCacheDirectory),
            environment: childEnvironment, timeout: timeout
        )
    }
}
