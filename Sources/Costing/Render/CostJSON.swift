import Foundation
import LakeModel

/// Renders cost reports as the versioned JSON document, keys sorted, no floating-point numbers.
public enum CostJSON {
    public static let formatVersion = CostDocument.formatVersion

    /// The document as `JSONEncoder` writes it with sorted keys, pretty printing, unescaped slashes and snake_case
    /// keys, built without `JSONEncoder` (`EncodedValue`), which spent most of a report's time on dynamic casts.
    public static func render(_ reports: [CostReport]) throws -> String {
        try EncodedValue.encode(CostDocument(lakes: reports.map(lake)), snakeCaseKeys: true).prettyJSON
    }

    static func lake(_ report: CostReport) -> LakeDocument {
        let cost = report.cost
        return LakeDocument(
            lake: cost.lake, tier: cost.tier,
            priceBook: BookDocument(name: cost.book, title: cost.bookTitle, origin: report.bookOrigin, tier: cost.pricedTier),
            monthlyCostCents: cost.total.value,
            perUnit: PerUnitDocument(dataTbCents: cost.perUnit.perDataTB?.value, usableTbCents: cost.perUnit.perUsableTB?.value,
                                     rawTbCents: cost.perUnit.perRawTB?.value, userCents: cost.perUnit.perUser?.value),
            months: cost.months.map {
                MonthDocument(month: $0.month, dataBytes: $0.data.value, monthlyCostCents: $0.total.value, dataTbCents: $0.perDataTB?.value)
            },
            lines: cost.lines.map(line), unpricedComponents: cost.unpriced,
            guardrails: report.guardrails.map {
                GuardrailDocument(name: $0.limit, limitCents: $0.maximum.value, actualCents: $0.actual.value, exceeded: $0.exceeded)
            },
            capacity: CapacityDocument(report.capacity))
    }

    static func line(_ line: LineCost) -> LineDocument {
        LineDocument(
            name: line.name, components: line.components, basis: line.basis, monthlyCostCents: line.cost.value,
            unitCostCents: line.unitCost.value,
            lumpSum: line.lumpSum.map { LumpSumDocument(tier: $0.tier, amountCents: $0.amount.value, note: $0.note) },
            note: line.note, items: line.items.map(item))
    }

    static func item(_ item: ItemCost) -> ItemDocument {
        let (pricing, years): (String, Int?) = switch item.charge {
        case .monthly: ("month", nil)
        case .hourly: ("hour", nil)
        case .capex(_, let years): ("capex", years)
        }
        return ItemDocument(
            name: item.name, measure: item.measure,
            quantity: DecimalText.format(item.quantityMicros, scale: 6, minimumDecimals: 0, grouped: false), unit: item.unit,
            pricing: pricing, unitPrice: DecimalText.format(item.charge.price.picodollars, scale: UnitPrice.scale, minimumDecimals: 0, grouped: false),
            years: years, monthlyCostCents: item.cost.value, source: item.source)
    }
}
