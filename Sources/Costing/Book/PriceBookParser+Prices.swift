import Diagnostics
import LakeModel
import Yams

/// Reading prices: an item's charge, a line's lump sums and the tiers they are for.
extension PriceBookParser {
    /// `price` (per month, or per hour with `period: hour`) or `capex` with `years`.
    static func readCharge(_ fields: [String: Node], node: Node, _ reader: BookReader) -> Charge? {
        let maximum = UnitPrice.maximum.picodollars
        switch (fields["price"], fields["capex"]) {
        case let (price?, nil):
            if let years = fields["years"] { reader.error("pricebook.invalidValue", "'years' goes with 'capex', not 'price'", at: years) }
            guard let value = reader.amount(price, "price", scale: UnitPrice.scale, maximum: maximum) else { return nil }
            switch fields["period"].flatMap({ reader.string($0, "period") }) {
            case nil, "month": return .monthly(UnitPrice(picodollars: value))
            case "hour": return .hourly(UnitPrice(picodollars: value))
            case let other?:
                reader.error("pricebook.invalidValue", "period '\(other)' is not 'month' or 'hour'", at: fields["period"] ?? node)
                return nil
            }
        case let (nil, capex?):
            if let period = fields["period"] { reader.error("pricebook.invalidValue", "'period' goes with 'price', not 'capex'", at: period) }
            let years = reader.integer(fields["years"], "years", range: 1...50)
            if fields["years"] == nil { reader.error("pricebook.missingKey", "'capex' needs 'years' to amortize over", at: capex) }
            guard let value = reader.amount(capex, "capex", scale: UnitPrice.scale, maximum: maximum), let years else { return nil }
            return .capex(UnitPrice(picodollars: value), years: years)
        default:
            reader.error("pricebook.invalidValue", "an item needs exactly one of 'price' (per month or hour) and 'capex' (one-time, with 'years')", at: node)
            return nil
        }
    }

    /// Tier name to `{amount, note}`; each tier must be declared under `tiers`.
    static func readLumpSums(_ node: Node?, tiers: [PriceTier], _ reader: BookReader) -> [LumpSum] {
        guard let node else { return [] }
        guard case .mapping(let mapping) = node else {
            reader.error("pricebook.typeMismatch", "lump_sums must be a mapping of tier names to {amount, note}", at: node)
            return []
        }
        return mapping.compactMap { key, value in
            guard let tier = reader.string(key, "a tier name") else { return nil }
            if !tiers.contains(where: { $0.name == tier }) {
                reader.error("pricebook.unknownTier", "no tier '\(tier)' in the book's tiers", at: key,
                             notes: ["tiers: \(tiers.map(\.name).joined(separator: ", "))"])
            }
            guard let fields = reader.fields(value, "the lump sum for '\(tier)'", allowed: ["amount", "note"], required: ["amount", "note"]),
                  let cents = reader.amount(fields["amount"], "amount", scale: 2, maximum: 100_000_000_000),
                  let note = reader.string(fields["note"], "note")
            else { return nil }
            return LumpSum(tier: tier, amount: Cents(cents), note: note)
        }
    }

    /// Lake name to `{data_tb: N}`, at most 1,000,000 TB (1 EB).
    static func readTiers(_ node: Node?, _ reader: BookReader) -> [PriceTier] {
        guard let node else { return [] }
        guard case .mapping(let mapping) = node else {
            reader.error("pricebook.typeMismatch", "tiers must be a mapping of lake names to {data_tb: N}", at: node)
            return []
        }
        return mapping.compactMap { key, value in
            guard let name = reader.string(key, "a tier name"),
                  let fields = reader.fields(value, "tier '\(name)'", allowed: ["data_tb"], required: ["data_tb"]),
                  let terabytes = reader.integer(fields["data_tb"], "data_tb", range: 1...1_000_000)
            else { return nil }
            return PriceTier(name: name, dataVolume: .terabytes(terabytes))
        }
    }
}
