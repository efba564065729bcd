import LakeModel

/// The JSON cost report (`schemas/cost-report.schema.json`). Money is integer cents, sizes are
/// integer bytes and millicores, shares are basis points; quantities and unit prices, which may be
/// fractional, are exact decimal strings. Keys are snake_case.
struct CostDocument: Encodable {
    /// Minor versions add keys; a major version changes or removes them.
    static let formatVersion = "1.1"

    var formatVersion = CostDocument.formatVersion
    var lakes: [LakeDocument]
}

/// One lake's bill, unit costs, guardrails and capacity.
struct LakeDocument: Encodable {
    var lake: String
    var tier: String
    var priceBook: BookDocument
    var currency = "USD"
    var monthlyCostCents: Int
    var perUnit: PerUnitDocument
    /// Month 0 and the planning horizon's month (format 1.1).
    var months: [MonthDocument]
    var lines: [LineDocument]
    var unpricedComponents: [ComponentKind]
    var guardrails: [GuardrailDocument]
    var capacity: CapacityDocument
}

/// The price book that priced the lake.
struct BookDocument: Encodable {
    var name: String
    var title: String
    var origin: String
    /// The book tier whose lump sums applied.
    var tier: String?
}

/// Monthly cost per TB of data, per usable and raw TB, and per user.
struct PerUnitDocument: Encodable {
    var dataTbCents: Int?
    var usableTbCents: Int?
    var rawTbCents: Int?
    var userCents: Int?
}

/// The monthly cost in one month of the planning horizon, with the data stored by then.
struct MonthDocument: Encodable {
    var month: Int
    var dataBytes: Int
    var monthlyCostCents: Int
    var dataTbCents: Int?
}

/// One line of the bill.
struct LineDocument: Encodable {
    var name: String
    var components: [ComponentKind]
    var basis: CostBasis
    var monthlyCostCents: Int
    var unitCostCents: Int
    var lumpSum: LumpSumDocument?
    var note: String?
    var items: [ItemDocument]
}

/// The book's lump sum that replaced a line's items.
struct LumpSumDocument: Encodable {
    var tier: String
    var amountCents: Int
    var note: String
}

/// One priced quantity.
struct ItemDocument: Encodable {
    var name: String
    var measure: Measure
    /// Monthly quantity in `unit`s, as an exact decimal string.
    var quantity: String
    var unit: String
    /// `month`, `hour` or `capex`.
    var pricing: String
    /// Dollars per unit (per unit-hour for `hour`; one-time for `capex`), as an exact decimal string.
    var unitPrice: String
    var years: Int?
    var monthlyCostCents: Int
    var source: String?
}

/// A blueprint guardrail against its figure.
struct GuardrailDocument: Encodable {
    var name: GuardrailCheck.Limit
    var limitCents: Int
    var actualCents: Int
    var exceeded: Bool
}
