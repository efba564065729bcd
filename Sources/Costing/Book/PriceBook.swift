import LakeModel

/// A versioned price book (`pricebooks/*.yaml`): lines of unit prices applied to a resolved lake's
/// quantities, and documented lump sums for the tiers a book was written for.
public struct PriceBook: Equatable, Sendable {
    /// The price-book format this Lakeform reads.
    public static let formatVersion = 1

    public var name: String
    public var title: String
    /// Hours in a month for hourly prices (730, as OpenCost and Infracost count).
    public var hoursPerMonth: Int
    public var tiers: [PriceTier]
    public var lines: [PriceLine]

    /// Prices are US dollars; the file's optional `currency` must say `USD`.
    public init(name: String, title: String, hoursPerMonth: Int = 730, tiers: [PriceTier] = [], lines: [PriceLine]) {
        self.name = name
        self.title = title
        self.hoursPerMonth = hoursPerMonth
        self.tiers = tiers
        self.lines = lines
    }

    /// The tier whose lump sums apply to `lake`: same lake name and same data volume, else nil.
    public func tier(for spec: LakeSpec) -> PriceTier? {
        tiers.first { $0.name == spec.name && $0.dataVolume == spec.workload.dataVolume }
    }
}

/// A lake a book's lump sums were written for, such as the seed's `medium` tier at 5 PB.
public struct PriceTier: Equatable, Sendable {
    /// The lake name the tier applies to.
    public var name: String
    public var dataVolume: Bytes
    public init(name: String, dataVolume: Bytes) {
        self.name = name
        self.dataVolume = dataVolume
    }
}

/// One line of the bill, such as `Kafka`: the components it covers, its priced items, and lump
/// sums that replace the items for named tiers.
public struct PriceLine: Equatable, Sendable {
    public var name: String
    /// The components whose cost this line holds; empty for lake-wide lines (power, operations).
    public var covers: [ComponentKind]
    public var note: String?
    public var items: [PriceItem]
    public var lumpSums: [LumpSum]

    public init(name: String, covers: [ComponentKind], note: String? = nil, items: [PriceItem], lumpSums: [LumpSum] = []) {
        self.name = name
        self.covers = covers
        self.note = note
        self.items = items
        self.lumpSums = lumpSums
    }
}

/// A unit price times a quantity measured in the resolved lake.
public struct PriceItem: Equatable, Sendable {
    public var name: String
    public var measure: Measure
    /// The components a component measure counts (`of:`, else the line's `covers:`).
    public var scope: [ComponentKind]
    public var charge: Charge
    /// Where the price comes from.
    public var source: String?

    public init(name: String, measure: Measure, scope: [ComponentKind], charge: Charge, source: String? = nil) {
        self.name = name
        self.measure = measure
        self.scope = scope
        self.charge = charge
        self.source = source
    }
}

/// A monthly amount a book states for one tier because it cannot be derived from unit prices;
/// the note says why.
public struct LumpSum: Equatable, Sendable {
    public var tier: String
    public var amount: Cents
    public var note: String
    public init(tier: String, amount: Cents, note: String) {
        self.tier = tier
        self.amount = amount
        self.note = note
    }
}
