import LakeModel
import Planning

/// Cost guardrails as a gate: a plan whose artifacts breach one exits 3, and `apply` refuses it (exit 3, nothing
/// recorded) unless `--allow-guardrail-breach`.
enum GuardrailGate {
    /// Prints `breaches` (`GuardrailBreach.find`) for `plan` and returns whether there are any.
    static func report(_ breaches: [GuardrailBreach]) -> Bool {
        guard !breaches.isEmpty else { return false }
        for breach in breaches { Console.error("error: \(breach.description) [plan.guardrail]") }
        Console.error("  note: `lakeform apply` refuses this plan unless --allow-guardrail-breach; raise the guardrail or shrink the workload")
        return true
    }

    /// Exits 3 before anything is recorded when `artifacts` breach a guardrail, unless `allowed`, which warns instead.
    static func check(_ artifacts: [Artifact], allowed: Bool) throws {
        let breaches = GuardrailBreach.find(in: artifacts)
        guard !breaches.isEmpty else { return }
        if allowed {
            for breach in breaches { Console.error("warning: applying although \(breach.description) (--allow-guardrail-breach)") }
            return
        }
        for breach in breaches { Console.error("error: \(breach.description); nothing was applied [apply.guardrail]") }
        Console.error("  note: raise the guardrail in the blueprint, shrink the workload, or pass --allow-guardrail-breach to apply anyway")
        throw ExitStatus.costGuardrail
    }
}
