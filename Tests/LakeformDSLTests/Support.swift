@testable import LakeformDSL

/// Evaluates a blueprint with one lake named `test` and returns the result and that lake.
func evaluateLake(
    @DeclarationBuilder<LakeBlock> _ content: () -> [any Declaration<LakeBlock>]
) -> (result: Wire.EvaluationResult, lake: Wire.Lake?) {
    let result = Blueprint.evaluate {
        Lake("test", tier: "test", namespace: "ns", content)
    }
    return (result, result.document?.lakes.first)
}

/// The smallest valid workload, for tests about other parts of a lake.
let minimalWorkload = Workload(dataVolume: .terabytes(1))
