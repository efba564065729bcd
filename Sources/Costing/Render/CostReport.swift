import LakeModel

/// One lake as the cost command reports it: its bill, its capacity and its guardrails.
public struct CostReport: Equatable, Sendable {
    public var cost: LakeCost
    public var capacity: CapacityReport
    public var guardrails: [GuardrailCheck]
    /// Where the price book came from: `bundled` or the file path.
    public var bookOrigin: String

    public init(cost: LakeCost, capacity: CapacityReport, guardrails: [GuardrailCheck], bookOrigin: String) {
        self.cost = cost
        self.capacity = capacity
        self.guardrails = guardrails
        self.bookOrigin = bookOrigin
    }

    /// Prices and measures `lake` with `book` and checks its blueprint's guardrails.
    public static func make(_ lake: ResolvedLake, book: PriceBook, origin: String) -> CostReport {
        let cost = CostModel.price(lake, with: book)
        return CostReport(cost: cost, capacity: CapacityModel.measure(lake), guardrails: Guardrails.check(cost, against: lake.spec.cost),
                          bookOrigin: origin)
    }
}

/// Integer-only text for reports.
enum Amounts {
    /// `$2,000.00`: `Cents`' text, always two decimals, as Infracost prints.
    static func money(_ cents: Cents) -> String { cents.description }

    /// `5,000`, `12.5`, `0.08`: millionths of a unit at most two decimals, rounded half up.
    static func quantity(_ micros: Int) -> String {
        DecimalText.format(ExactMath.mulDivRounded(micros, 1, 10_000), scale: 2, minimumDecimals: 0)
    }

    static func percent(_ basisPoints: Int) -> String { QuantityUnit.basisPoints.format(basisPoints) }

    /// CPU in cores: `286.65`.
    static func cores(_ cpu: Millicores) -> String { DecimalText.format(cpu.value, scale: 3, minimumDecimals: 0) }

    /// `Brokers ($200 per broker-month)`.
    static func label(_ item: ItemCost) -> String { "\(item.name) (\(item.charge.text(unit: item.measure.unit)))" }

    /// `+$3,600.00` or `-$200.00`.
    static func signed(_ cents: Int) -> String { (cents >= 0 ? "+" : "-") + money(Cents(abs(cents))) }
}
