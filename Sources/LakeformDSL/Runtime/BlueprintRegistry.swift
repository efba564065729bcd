/// The `Blueprint` a program declared, kept until the process exits and writes it to the host.
/// Later `Blueprint`s are errors: a blueprint file declares exactly one.
final class BlueprintRegistry: Sendable {
    /// The registry the exit hook writes; tests make their own.
    static let shared = BlueprintRegistry()

    private struct State: Sendable {
        var published: (result: Wire.EvaluationResult, source: Wire.SourceLocation)?
        var laterErrors: [Wire.EvaluationError] = []
    }

    private let state = Locked(State())

    /// Records a constructed blueprint; only the first counts.
    func publish(_ result: Wire.EvaluationResult, at source: Wire.SourceLocation) {
        state.withLock { state in
            guard let first = state.published else {
                state.published = (result, source)
                return
            }
            state.laterErrors.append(Wire.EvaluationError(
                message: "`Blueprint { … }` is constructed twice; the first is at \(first.source.citation)",
                source: source))
        }
    }

    /// What to hand to the host: the first blueprint with any later mistakes, or an error if none.
    var result: Wire.EvaluationResult {
        state.withLock { state in
            guard var result = state.published?.result else {
                return Wire.EvaluationResult(document: nil, errors: [
                    Wire.EvaluationError(message: "the blueprint declares no `Blueprint { … }`", source: nil)
                ])
            }
            result.errors += state.laterErrors
            return result
        }
    }

    /// `result`, leaving the registry empty for the next blueprint of a batch program.
    func takeResult() -> Wire.EvaluationResult {
        let taken = result
        state.withLock { $0 = State() }
        return taken
    }
}
