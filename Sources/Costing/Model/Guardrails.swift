import Diagnostics
import LakeModel

/// One cost guardrail of a blueprint against the priced figure it limits.
public struct GuardrailCheck: Equatable, Sendable {
    /// The blueprint setting, named as in the blueprint.
    public enum Limit: String, Sendable, Codable {
        /// The lake's monthly total.
        case maxMonthlyCost
        /// The monthly cost per TB of data stored.
        case maxCostPerTB
    }

    public var limit: Limit
    public var maximum: Cents
    public var actual: Cents
    public var exceeded: Bool { actual > maximum }
}

/// Checks a priced lake against its blueprint's `maxMonthlyCost` and `maxCostPerTB`.
public enum Guardrails {
    public static func check(_ cost: LakeCost, against spec: CostSpec) -> [GuardrailCheck] {
        var checks: [GuardrailCheck] = []
        if let maximum = spec.maxMonthlyCost {
            checks.append(GuardrailCheck(limit: .maxMonthlyCost, maximum: maximum, actual: cost.total))
        }
        if let maximum = spec.maxCostPerTB, let actual = cost.perUnit.perDataTB {
            checks.append(GuardrailCheck(limit: .maxCostPerTB, maximum: maximum, actual: actual))
        }
        return checks
    }

    /// An error per exceeded guardrail, naming the figure, the limit and the largest lines.
    public static func diagnostics(_ checks: [GuardrailCheck], cost: LakeCost, blueprint: String) -> Diagnostics {
        let largest = cost.lines.sorted { $0.cost > $1.cost }.prefix(3).map { "\($0.name) \($0.cost)" }.joined(separator: ", ")
        return Diagnostics(checks.filter(\.exceeded).map { check in
            let figure = check.limit == .maxMonthlyCost ? "costs \(check.actual) a month" : "costs \(check.actual) per TB of data a month"
            let over = Cents(check.actual.value - check.maximum.value)
            return .error(
                "cost.\(check.limit.rawValue)",
                "lake '\(cost.lake)' \(figure) with price book \(cost.book), above its \(check.limit.rawValue) of \(check.maximum) (over by \(over))",
                address: "lake.\(cost.lake).cost.\(check.limit.rawValue)", source: .file(blueprint),
                notes: ["largest lines: \(largest)", "raise the guardrail, shrink the workload, or price with another book (--pricebook)"])
        })
    }
}
