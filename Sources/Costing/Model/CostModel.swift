import LakeModel

/// Prices a resolved lake with a price book: each line is its items' unit prices times the lake's
/// quantities, unless the book holds a lump sum for the lake's tier. Pure; integer cents throughout.
public enum CostModel {
    public static func price(_ lake: ResolvedLake, with book: PriceBook) -> LakeCost {
        let tier = book.tier(for: lake.spec)
        let workload = lake.spec.workload
        let lines = lines(lake, book: book, tier: tier, quantities: LakeQuantities(lake: lake))
        let total = Cents(IntegerMath.sum(lines.map(\.cost.value)))
        let grown = Bytes(workload.atHorizon(workload.dataVolume.value))
        let grownLines = self.lines(lake, book: book, tier: tier, quantities: LakeQuantities(lake: lake, stored: grown))
        let grownTotal = Cents(IntegerMath.sum(grownLines.map(\.cost.value)))
        let months = [MonthCost(month: 0, data: workload.dataVolume, total: total, perDataTB: UnitCosts.perTB(total, workload.dataVolume)),
                      MonthCost(month: workload.horizonMonths, data: grown, total: grownTotal, perDataTB: UnitCosts.perTB(grownTotal, grown))]
        let covered = Set(book.lines.flatMap(\.covers))
        let unpriced = ComponentKind.allCases.filter { lake.has($0) && !covered.contains($0) }
        let perUnit = UnitCosts(total: total, data: workload.dataVolume, usable: lake.minio?.usableCapacity,
                                raw: lake.minio?.rawCapacity, users: workload.activeUsers)
        return LakeCost(lake: lake.name, tier: lake.spec.tier, book: book.name, bookTitle: book.title, pricedTier: tier?.name, lines: lines, total: total,
                        perUnit: perUnit, unpriced: unpriced, months: months)
    }

    /// The book's lines that apply to the lake, each priced on `quantities`.
    static func lines(_ lake: ResolvedLake, book: PriceBook, tier: PriceTier?, quantities: LakeQuantities) -> [LineCost] {
        book.lines.compactMap { line -> LineCost? in
            guard line.covers.isEmpty || line.covers.contains(where: lake.has) else { return nil }
            let lumpSum = tier.flatMap { tier in line.lumpSums.first { $0.tier == tier.name } }
            let items = line.items.compactMap { item -> ItemCost? in
                let micros = quantities.micros(item.measure, scope: item.scope)
                guard micros > 0 else { return nil }
                return price(item, micros: micros, hoursPerMonth: book.hoursPerMonth)
            }
            let unitCost = Cents(IntegerMath.sum(items.map(\.cost.value)))
            return LineCost(name: line.name, components: line.covers.filter(lake.has), basis: lumpSum == nil ? .units : .lumpSum,
                            cost: lumpSum?.amount ?? unitCost, unitCost: unitCost, lumpSum: lumpSum, note: line.note, items: items)
        }
    }

    /// Cents for `micros` millionths of a unit: price (picodollars) × quantity / 10^6 / 10^10, with
    /// hourly prices times the hours in a month and capex spread over its years' months.
    static func price(_ item: PriceItem, micros: Int, hoursPerMonth: Int) -> ItemCost {
        let denominator = LakeQuantities.micro * (UnitPrice.perDollar / 100)
        let quantity: Int, cents: Int, unit: String
        switch item.charge {
        case .monthly(let price):
            (quantity, unit) = (micros, item.measure.unit)
            cents = ExactMath.mulDivRounded(quantity, price.picodollars, denominator)
        case .hourly(let price):
            (quantity, unit) = (IntegerMath.product(micros, hoursPerMonth), item.measure.unit + "-hour")
            cents = ExactMath.mulDivRounded(quantity, price.picodollars, denominator)
        case .capex(let price, let years):
            (quantity, unit) = (micros, item.measure.unit)
            cents = ExactMath.mulDivRounded(quantity, price.picodollars, IntegerMath.product(denominator, 12, years, saturatingAt: .max))
        }
        return ItemCost(name: item.name, measure: item.measure, scope: item.scope, quantityMicros: quantity, unit: unit, charge: item.charge,
                        cost: Cents(cents), source: item.source)
    }
}
