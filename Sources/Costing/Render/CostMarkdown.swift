import Foundation
import LakeModel

/// The Markdown report for pull-request comments: the breakdown table, unit costs, guardrails,
/// lump sums against unit prices, and capacity tables.
public enum CostMarkdown {
    public static func render(_ reports: [CostReport]) -> String {
        reports.map(render).joined(separator: "\n\n")
    }

    static func render(_ report: CostReport) -> String {
        let cost = report.cost
        var out = ["## Lake `\(cost.lake)` (\(cost.tier)): \(Amounts.money(cost.total)) a month", "",
                   "Price book `\(cost.book)` (\(report.bookOrigin)): \(cost.bookTitle)"
                   + (cost.pricedTier.map { "; its lump sums for tier `\($0)` apply, and (…) marks the unit figures they replace." } ?? "."), "",
                   "| Name | Monthly Qty | Unit | Monthly Cost |", "|---|---:|---|---:|"]
        for line in cost.lines {
            out.append("| **\(cell(line.name))** | | | **\(Amounts.money(line.cost))** |")
            var rows = line.items.map { item in
                let money = line.basis == .units ? Amounts.money(item.cost) : "(\(Amounts.money(item.cost)))"
                return "\(cell(Amounts.label(item))) | \(Amounts.quantity(item.quantityMicros)) | \(item.unit) | \(money) |"
            }
            if let lump = line.lumpSum { rows.append("Lump sum for tier \(lump.tier) | 1 | month | \(Amounts.money(lump.amount)) |") }
            out += rows.enumerated().map { "| \($0.offset == rows.count - 1 ? "└─" : "├─") \($0.element)" }
        }
        out += ["| **OVERALL TOTAL** | | | **\(Amounts.money(cost.total))** |", "", CostText.unitLine(cost.perUnit), "", CostText.monthsLine(cost.months)]
        if !report.guardrails.isEmpty { out += [""] + report.guardrails.map { "- " + CostText.guardrailLine($0) } }
        let notes = cost.lines.compactMap { line in line.note.map { "- \(cell(line.name)): \($0)" } }
        if !notes.isEmpty { out += [""] + notes }
        if !cost.unpriced.isEmpty { out += ["", "Not priced by `\(cost.book)`: \(cost.unpriced.map(\.rawValue).joined(separator: ", "))."] }
        let lumps = cost.lines.filter { $0.lumpSum != nil }
        if !lumps.isEmpty {
            out += ["", "<details><summary>Lump sums against unit prices × resolved quantities</summary>", "",
                    "| Line | Lump sum | Units | Units − lump sum | Why a lump sum |", "|---|---:|---:|---:|---|"]
            out += lumps.map { line in
                "| \(cell(line.name)) | \(Amounts.money(line.cost)) | \(Amounts.money(line.unitCost)) | "
                    + "\(Amounts.signed(line.unitCost.value - line.cost.value)) | \(cell(line.lumpSum?.note ?? "")) |"
            }
            out += ["", "</details>"]
        }
        out += capacity(report.capacity)
        return out.joined(separator: "\n")
    }

    static func capacity(_ capacity: CapacityReport) -> [String] {
        var out = ["", "### Capacity", ""]
        if let storage = capacity.storage {
            out += ["Storage: \(storage.data) of data in \(storage.usable) usable (\(Amounts.percent(storage.fillBasisPoints)) full, "
                    + "target \(storage.fillTargetPercent)%), \(storage.raw) raw, \(storage.servers) servers, \(storage.drives) drives; "
                    + (storage.runwayMonths.map { "\($0) months of runway." } ?? "no growth declared."), ""]
        }
        out += ["| Node pool | Nodes | CPU alloc. | CPU req. | CPU headroom | Memory alloc. | Memory req. | Memory headroom |",
                "|---|---:|---:|---:|---:|---:|---:|---:|"]
        out += capacity.nodePools.map { pool in
            "| \(pool.name) | \(pool.nodes) | \(Amounts.cores(pool.allocatableCPU)) | \(Amounts.cores(pool.requestedCPU)) | "
                + "\(Amounts.percent(pool.cpuHeadroomBasisPoints)) | "
                + "\(pool.allocatableMemory.memoryText) | \(pool.requestedMemory.memoryText) | \(Amounts.percent(pool.memoryHeadroomBasisPoints)) |"
        }
        out += ["", "| Component | Pods | CPU req. | Memory req. | Volumes |", "|---|---:|---:|---:|---:|"]
        out += capacity.components.map { "| \($0.component.rawValue) | \($0.pods) | \(Amounts.cores($0.cpu)) | \($0.memory.memoryText) | \($0.volumes) |" }
        let disks = [capacity.kafka].compactMap { $0 } + capacity.search
        if !disks.isEmpty {
            out += ["", "| Disk | Nodes | Disk | Stored | What is stored | Used |", "|---|---:|---:|---:|---|---:|"]
            out += disks.map {
                "| \($0.component.rawValue) | \($0.nodes) | \($0.disk) | \($0.stored) | \($0.storedWhat) | "
                    + "\(Amounts.percent($0.useBasisPoints)) |"
            }
        }
        if let vectors = capacity.vectors {
            out += ["", "Vector memory: \(vectors.index.memoryText) index per replica in \(vectors.memory.memoryText) over \(vectors.queryNodes) query nodes "
                    + "(\(Amounts.percent(vectors.useBasisPoints)) with every replica)."]
        }
        return out
    }

    /// Text for a table cell: `|` escaped. Foundation's `replacingOccurrences` is asked only when there is one.
    static func cell(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "|")) ? text.replacingOccurrences(of: "|", with: "\\|") : text
    }
}
