import LakeModel

/// What one lake costs a month under one price book, line by line.
public struct LakeCost: Equatable, Sendable {
    public var lake: String
    public var tier: String
    public var book: String
    public var bookTitle: String
    /// The book tier whose lump sums applied, if any.
    public var pricedTier: String?
    public var lines: [LineCost]
    public var total: Cents
    public var perUnit: UnitCosts
    /// Components the lake deploys that no line of the book covers.
    public var unpriced: [ComponentKind]
    /// The monthly cost at month 0 (today's data, the `total`) and at the planning horizon's month
    /// (the data grown by then), on the same resolved lake, which is sized for the horizon.
    public var months: [MonthCost]
}

/// The lake's monthly cost in one month of its planning horizon, with the data stored by then.
public struct MonthCost: Equatable, Sendable {
    /// Months from today: 0, or the horizon.
    public var month: Int
    public var data: Bytes
    public var total: Cents
    public var perDataTB: Cents?
}

/// Whether a line's amount came from unit prices or from the book's lump sum for the tier.
public enum CostBasis: String, Equatable, Sendable, Codable {
    case units
    case lumpSum = "lump_sum"
}

/// One line of the bill.
public struct LineCost: Equatable, Sendable {
    public var name: String
    public var components: [ComponentKind]
    public var basis: CostBasis
    /// What the line adds to the total.
    public var cost: Cents
    /// Unit prices times resolved quantities, whether or not a lump sum replaced them.
    public var unitCost: Cents
    public var lumpSum: LumpSum?
    public var note: String?
    public var items: [ItemCost]
}

/// One priced quantity: what was counted, how much, at what price.
public struct ItemCost: Equatable, Sendable {
    public var name: String
    public var measure: Measure
    /// The components a component measure counted.
    public var scope: [ComponentKind]
    /// Millionths of a unit per month (hour-priced items: unit-hours).
    public var quantityMicros: Int
    /// `broker`, `vCPU-hour`, `TB`.
    public var unit: String
    public var charge: Charge
    public var cost: Cents
    public var source: String?
}

/// The lake's monthly cost per unit of what it stores and serves; nil where the lake has none.
public struct UnitCosts: Equatable, Sendable {
    /// Per TB of data stored (`workload.dataVolume`), the seed's "cost per TB".
    public var perDataTB: Cents?
    public var perUsableTB: Cents?
    public var perRawTB: Cents?
    public var perUser: Cents?

    /// Cost per terabyte of `bytes` and per user, each rounded half up to the cent.
    init(total: Cents, data: Bytes, usable: Bytes?, raw: Bytes?, users: Int?) {
        perDataTB = Self.perTB(total, data)
        perUsableTB = Self.perTB(total, usable)
        perRawTB = Self.perTB(total, raw)
        perUser = users.flatMap { ExactMath.ratio(total.value, per: $0) }.map(Cents.init)
    }

    /// `total` per terabyte of `bytes`, rounded half up to the cent; nil for no bytes.
    static func perTB(_ total: Cents, _ bytes: Bytes?) -> Cents? {
        bytes.flatMap { ExactMath.ratio(total.value, per: $0.value, scaledBy: Bytes.terabyte.value) }.map(Cents.init)
    }
}
