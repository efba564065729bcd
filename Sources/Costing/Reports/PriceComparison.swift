import Foundation
import LakeModel

/// The same lake priced with the seed's prices and with a resource price book, row by row of the
/// seed's bill: each seed line against the resource lines of the components it covers.
struct PriceComparison {
    struct Row {
        var name: String
        var components: [ComponentKind]
        var seed: Cents
        var resource: Cents
        var why: String
        var difference: Int { resource.value - seed.value }
        /// The resource book prices the row above the seed.
        var seedOptimistic: Bool { difference > 0 }
    }

    var lake: String
    var seedBook: String
    var resourceBook: String
    var rows: [Row]
    var seedTotal: Cents
    var resourceTotal: Cents

    init(_ lake: PricedLake) {
        self.init(lake: lake.name, seed: lake.seed, resource: lake.resource)
    }

    init(lake: String, seed: LakeCost, resource: LakeCost) {
        self.lake = lake
        seedBook = seed.book
        resourceBook = resource.book
        seedTotal = seed.total
        resourceTotal = resource.total
        var taken = Set<Int>()
        var rows: [Row] = []
        for line in seed.lines {
            let matches = resource.lines.indices.filter { index in
                !taken.contains(index) && resource.lines[index].components.contains(where: line.components.contains)
            }
            taken.formUnion(matches)
            let matched = matches.map { resource.lines[$0] }
            let components = matched.flatMap(\.components)
            rows.append(Row(name: line.name, components: components.isEmpty ? line.components : components, seed: line.cost,
                            resource: Cents(IntegerMath.sum(matched.map(\.cost.value), saturatingAt: .max)),
                            why: Self.why(seed: line, resource: matched, seedBook: seed.book, resourceBook: resource.book)))
        }
        for index in resource.lines.indices where !taken.contains(index) {
            let line = resource.lines[index]
            rows.append(Row(name: line.name, components: line.components, seed: Cents(0), resource: line.cost,
                            why: "\(seed.book) has no line for it; \(resource.book): \(Self.items(line))."))
        }
        self.rows = rows
    }

    /// Which quantities each book counts, and what the difference means.
    static func why(seed line: LineCost, resource: [LineCost], seedBook: String, resourceBook: String) -> String {
        let seedSide: String = if let lump = line.lumpSum {
            "\(seedBook) states a lump sum of \(Amounts.money(lump.amount)) for tier \(lump.tier)"
        } else {
            "\(seedBook): \(items(line))"
        }
        let resourceSide: String = if resource.isEmpty {
            line.components.isEmpty
                ? "\(resourceBook) has no lake-wide line: node cost is inside each component's requests"
                : "\(resourceBook) prices none of its components"
        } else {
            "\(resourceBook): " + resource.map { "\($0.name) \(items($0))" }.joined(separator: "; ")
        }
        let resourceCost = IntegerMath.sum(resource.map(\.cost.value), saturatingAt: .max)
        let verdict: String
        if resource.isEmpty {
            verdict = "not comparable line by line"
        } else if resourceCost > line.cost.value {
            verdict = "seed optimistic by \(Amounts.money(Cents(resourceCost - line.cost.value)))" + ratio(resourceCost, line.cost.value)
        } else if resourceCost < line.cost.value {
            verdict = "seed pessimistic by \(Amounts.money(Cents(line.cost.value - resourceCost)))"
        } else {
            verdict = "the books agree"
        }
        return "\(seedSide); \(resourceSide); \(verdict)."
    }

    /// ` (3.5×)` for a ratio of at least 1.5, one decimal, rounded half up.
    static func ratio(_ high: Int, _ low: Int) -> String {
        guard low > 0, IntegerMath.scale(high, 2, 3) >= low else { return "" }  // high × 2 ≥ low × 3, without the products
        let tenths = ExactMath.mulDivRounded(high, 10, low)
        return " (\(tenths / 10).\(tenths % 10)×)"
    }

    /// `5,000 TB × $0.40 per TB-month`, the priced items of a line.
    static func items(_ line: LineCost) -> String {
        let priced = line.items.filter { $0.cost.value != 0 }
        guard !priced.isEmpty else { return "nothing priced" }
        return priced.map { "\(Amounts.quantity($0.quantityMicros)) \($0.unit) × \($0.charge.text(unit: $0.measure.unit))" }
            .joined(separator: " + ")
    }

    /// The comparison table with its totals and the lines where the seed is optimistic.
    func markdown(heading: String) -> String {
        var out = ["\(heading) Seed prices against resource prices: lake `\(lake)`", "",
                   "The same lake priced with `\(seedBook)` (the seed's figures) and with `\(resourceBook)` (what its pods request, "
                   + "at the resource book's prices). A positive difference means the seed is optimistic.", "",
                   "| Line | Components | \(seedBook) | \(resourceBook) | Difference | Why |", "|---|---|---:|---:|---:|---|"]
        out += rows.map { row in
            "| \(cell(row.name)) | \(row.components.map(\.rawValue).joined(separator: ", ")) | \(Amounts.money(row.seed)) | "
                + "\(Amounts.money(row.resource)) | \(Amounts.signed(row.difference)) | \(cell(row.why)) |"
        }
        out.append("| **Total** | | **\(Amounts.money(seedTotal))** | **\(Amounts.money(resourceTotal))** | "
                   + "**\(Amounts.signed(resourceTotal.value - seedTotal.value))** | |")
        let optimistic = rows.filter { $0.seedOptimistic && $0.seed.value > 0 }
        out += ["", optimistic.isEmpty
            ? "The seed is not optimistic on any line it prices."
            : "The seed is optimistic on: " + optimistic.map { "\($0.name) (\(Amounts.money($0.seed)) against \(Amounts.money($0.resource)))" }
                .joined(separator: ", ") + "."]
        return out.joined(separator: "\n")
    }

    private func cell(_ text: String) -> String { CostMarkdown.cell(text) }
}

/// `reports/tiers.md`: every lake side by side, whether cost per TB falls with scale, and the comparisons.
enum TiersMarkdown {
    static func render(_ lakes: [PricedLake]) -> String {
        let sorted = LakeReports.byScale(lakes)
        var out = ["# Lakes side by side", "",
                   "Each lake priced with its own book (as `lakeform cost` prices it), and per TB of data with "
                   + "`\(LakeReports.seedBook)` and `\(LakeReports.resourceBook)`. Smallest data volume first.", "",
                   "| Lake | Tier | Data | Users | Book | Monthly cost | Per TB of data | Per user | "
                   + "\(LakeReports.seedBook) per TB | \(LakeReports.resourceBook) per TB | Runway |",
                   "|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|"]
        for lake in sorted {
            let cost = lake.report.cost
            let runway = lake.report.capacity.storage?.runwayMonths.map { "\($0) months" } ?? "–"
            out.append("| \(lake.name) | \(cost.tier) | \(lake.dataVolume) | \(lake.activeUsers.map(String.init) ?? "–") | \(cost.book) | "
                       + "\(Amounts.money(cost.total)) | \(money(cost.perUnit.perDataTB)) | \(money(cost.perUnit.perUser)) | "
                       + "\(money(lake.seed.perUnit.perDataTB)) | \(money(lake.resource.perUnit.perDataTB)) | \(runway) |")
        }
        out += ["", "## Cost per TB with scale", ""]
        out += [scale("its own book", sorted.map { ($0, $0.report.cost) }),
                scale("`\(LakeReports.seedBook)`", sorted.map { ($0, $0.seed) }),
                scale("`\(LakeReports.resourceBook)`", sorted.map { ($0, $0.resource) })].map { "- " + $0 }
        out += ["", "## Seed prices against resource prices"]
        let comparisons = ParallelResults<String>(count: lakes.count)
        DispatchQueue.concurrentPerform(iterations: lakes.count) { comparisons.set($0, PriceComparison(lakes[$0]).markdown(heading: "###")) }
        for comparison in comparisons.values { out += ["", comparison] }
        return out.joined(separator: "\n") + "\n"
    }

    /// Whether cost per TB falls, rises or stays from the smallest lake to the largest.
    static func scale(_ book: String, _ lakes: [(PricedLake, LakeCost)]) -> String {
        let priced = lakes.compactMap { lake, cost in cost.perUnit.perDataTB.map { (lake, $0) } }
        guard let first = priced.first, let last = priced.last, priced.count > 1, first.0.dataVolume < last.0.dataVolume else {
            return "With \(book): fewer than two lakes of different size; no trend."
        }
        let trend = last.1 < first.1 ? "falls" : last.1 > first.1 ? "rises" : "stays the same"
        let path = priced.map { "\(Amounts.money($0.1)) (\($0.0.name), \($0.0.dataVolume))" }.joined(separator: " → ")
        return "With \(book), cost per TB of data \(trend) with scale: \(path)."
    }

    static func money(_ cents: Cents?) -> String { cents.map(Amounts.money) ?? "–" }
}
