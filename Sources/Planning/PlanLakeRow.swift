/// One lake's line in the plan's summary table: its artifact counts, destructive and risky changes and monthly cost,
/// as Infracost shows a project per row.
struct PlanLakeRow: Equatable {
    var lake: String
    var summary: PlanSummary
    var destructive: Int
    var risky: Int
    /// The lake's cost change, nil when its cost report did not change.
    var cost: LakeCostDelta?

    /// Generated files outside any lake folder (the repository-wide `reports/`): not a lake, so not a row.
    static let repositoryWide: Set<String> = ["reports"]

    /// One row per lake that has a change, a flagged change or a cost change, sorted by name.
    static func rows(_ plan: Plan) -> [PlanLakeRow] {
        let changes = Dictionary(grouping: plan.changes, by: \.lake)
        let costs = Dictionary(plan.costs.map { ($0.lake, $0) }, uniquingKeysWith: { first, _ in first })
        let lake = { (path: String) in String(path.prefix { $0 != "/" }) }
        let destructive = Dictionary(grouping: plan.destructive) { lake($0.path) }
        let risky = Dictionary(grouping: plan.risky) { lake($0.path) }
        let names = Set(changes.keys).union(costs.keys).union(destructive.keys).union(risky.keys).subtracting(repositoryWide)
        return names.sorted().map { name in
            PlanLakeRow(lake: name, summary: PlanSummary(changes: changes[name] ?? []), destructive: destructive[name]?.count ?? 0,
                        risky: risky[name]?.count ?? 0, cost: costs[name])
        }
    }

    /// The monthly cost of every changed lake together, when they share one currency and the sums fit.
    static func total(_ costs: [LakeCostDelta]) -> LakeCostDelta? {
        guard let currency = costs.first?.currency, costs.allSatisfy({ $0.currency == currency }) else { return nil }
        let sum = { (values: [Int]) in
            values.reduce(Int?.some(0)) { total, value in
                total.flatMap { let (result, overflow) = $0.addingReportingOverflow(value); return overflow ? nil : result }
            }
        }
        guard let before = sum(costs.map { $0.beforeCents ?? 0 }), let after = sum(costs.map { $0.afterCents ?? 0 }) else { return nil }
        return LakeCostDelta(lake: "", currency: currency, beforeCents: before, afterCents: after, lines: [], capacity: [])
    }

    /// `| `medium` | 0 | 16 | 1 | ⚠️ 1 | 0 | +$1,200 (+5.1%) | $24,700 |`.
    var markdown: String {
        Self.markdown(name: "`\(PlanMarkdownRenderer.code(lake))`", summary: summary, destructive: destructive, risky: risky,
                      cost: Self.costCells(cost))
    }

    static let markdownHeader = "| Lake | Add | Change | Destroy | Destructive | Risky | Monthly cost change | New monthly cost |\n"
        + "|---|--:|--:|--:|--:|--:|--:|--:|\n"

    /// The cost change and the new monthly cost; `no change` when the cost report did not change.
    static func costCells(_ cost: LakeCostDelta?) -> (change: String, after: String) {
        guard let cost else { return ("no change", "—") }
        return (CostDeltaText.delta(before: cost.beforeCents, after: cost.afterCents, currency: cost.currency),
                cost.afterCents.map { CostDeltaText.money($0, currency: cost.currency) } ?? "(removed)")
    }

    static func markdown(name: String, summary: PlanSummary, destructive: Int, risky: Int, cost: (change: String, after: String)) -> String {
        let flagged = { (count: Int, mark: String) in count == 0 ? "0" : "\(mark) \(count)" }
        return "| \(name) | \(summary.add) | \(summary.change) | \(summary.destroy) | \(flagged(destructive, "⚠️")) | "
            + "\(flagged(risky, "❗")) | \(cost.change) | \(cost.after) |\n"
    }
}
