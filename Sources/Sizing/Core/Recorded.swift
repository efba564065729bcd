import LakeModel

/// Brownfield sizing: a running lake's counts and sizes grow, so a rule's value never falls below what the last applied
/// revision deployed; explain says when the recorded value is kept.
enum Recorded {
    /// The rule's value and calculation, raised to `recorded` (what the lake runs) when the rule gives less.
    static func atLeast(_ sized: (value: Int, calculation: String), recorded: Int?, _ unit: QuantityUnit, what: String)
        -> (value: Int, calculation: String)
    {
        guard let recorded, recorded > sized.value else { return sized }
        return (recorded, "\(sized.calculation); the lake runs \(unit.format(recorded)) \(what), which never shrinks silently → \(unit.format(recorded))")
    }

    /// The stateful pod group `name` as the last applied revision deployed it.
    static func group(_ name: String, _ ledger: Ledger) -> StatefulShape? { ledger.lake.recorded?.statefulGroups[name] }
}
