import LakeModel

/// The terminal report: an Infracost-style breakdown (Name | Monthly Qty | Unit | Monthly Cost),
/// the overall total, unit costs, guardrails, lump sums against unit prices, then capacity.
public enum CostText {
    public static func render(_ reports: [CostReport]) -> String {
        reports.map(render).joined(separator: "\n\n")
    }

    static func render(_ report: CostReport) -> String {
        let cost = report.cost
        var out = ["Lake: \(cost.lake) (\(cost.tier)) · price book \(cost.book) (\(report.bookOrigin))"]
        if let tier = cost.pricedTier { out.append("The book's lump sums for tier '\(tier)' apply; (…) marks unit figures they replace.") }
        var table = TextTable([.left, .right, .left, .right])
        table.add("Name", "Monthly Qty", "Unit", "Monthly Cost")
        for line in cost.lines {
            table.gap()
            table.add(cells: [line.name] + (line.items.isEmpty && line.lumpSum == nil ? ["", "", Amounts.money(line.cost)] : []))
            var rows = line.items.map { item in
                [Amounts.label(item), Amounts.quantity(item.quantityMicros), item.unit,
                 line.basis == .units ? Amounts.money(item.cost) : "(\(Amounts.money(item.cost)))"]
            }
            if let lump = line.lumpSum { rows.append(["Lump sum for tier \(lump.tier)", "1", "month", Amounts.money(lump.amount)]) }
            for (index, row) in rows.enumerated() {
                table.add(cells: [(index == rows.count - 1 ? "└─ " : "├─ ") + row[0]] + row.dropFirst())
            }
        }
        table.gap()
        table.add("OVERALL TOTAL", "", "", Amounts.money(cost.total))
        out += table.render()
        out.append("")
        out.append(unitLine(cost.perUnit))
        out.append(monthsLine(cost.months))
        out += report.guardrails.map(guardrailLine)
        out += cost.lines.compactMap { line in line.note.map { "\(line.name): \($0)" } }
        if !cost.unpriced.isEmpty {
            out.append("Not priced by \(cost.book): \(cost.unpriced.map(\.rawValue).joined(separator: ", ")).")
        }
        out += lumpSums(cost)
        out += CapacityText.render(report.capacity)
        return out.joined(separator: "\n")
    }

    static func unitLine(_ unit: UnitCosts) -> String {
        let parts = [("per TB of data", unit.perDataTB), ("per usable TB", unit.perUsableTB), ("per raw TB", unit.perRawTB),
                     ("per user", unit.perUser)]
        return "Monthly cost " + parts.compactMap { label, cents in cents.map { "\(Amounts.money($0)) \(label)" } }.joined(separator: " · ")
    }

    /// `Month 0: $23,635.00 for 5 PB ($4.73 per TB) · month 12 (horizon): $24,435.00 for 7 PB ($3.49 per TB)`.
    static func monthsLine(_ months: [MonthCost]) -> String {
        months.enumerated().map { index, month in
            let name = index == 0 ? "Month \(month.month)" : "month \(month.month) (horizon)"
            return "\(name): \(Amounts.money(month.total)) for \(month.data) of data"
                + (month.perDataTB.map { " (\(Amounts.money($0)) per TB)" } ?? "")
        }.joined(separator: " · ")
    }

    static func guardrailLine(_ check: GuardrailCheck) -> String {
        let verdict = check.exceeded ? "EXCEEDED" : "ok"
        return "Guardrail \(check.limit.rawValue) \(Amounts.money(check.maximum)): \(verdict) at \(Amounts.money(check.actual))"
    }

    /// Each lump sum with its note and the unit figure it replaces; units above the lump sum mean
    /// the book's author priced the line more optimistically than its own unit prices.
    static func lumpSums(_ cost: LakeCost) -> [String] {
        let lines = cost.lines.filter { $0.lumpSum != nil }
        guard !lines.isEmpty else { return [] }
        var table = TextTable([.left, .right, .right, .right])
        table.add("Line", "Lump sum", "Units", "Units − lump sum")
        for line in lines {
            table.add(line.name, Amounts.money(line.cost), Amounts.money(line.unitCost), Amounts.signed(line.unitCost.value - line.cost.value))
        }
        return ["", "Lump sums against unit prices × resolved quantities:"] + table.render()
            + lines.compactMap { line in line.lumpSum.map { " \(line.name): \($0.note)" } }
    }
}
