import LakeModel

/// A price per unit in US dollars, exact to 10^-12 dollar so that hourly sheets such as
/// OpenCost's `0.00005479452` $/GB-hour keep every digit. Never a floating-point number.
public struct UnitPrice: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Picodollars: 10^-12 US dollars.
    public var picodollars: Int

    public static let scale = 12
    public static let perDollar = 1_000_000_000_000
    /// The largest price a book may hold per unit ($1,000,000), so that every product fits in 128 bits.
    public static let maximum = UnitPrice(picodollars: 1_000_000 * perDollar)

    public init(picodollars: Int) { self.picodollars = picodollars }

    public static func dollars(_ count: Int) -> UnitPrice { UnitPrice(picodollars: count * perDollar) }

    public static func < (lhs: UnitPrice, rhs: UnitPrice) -> Bool { lhs.picodollars < rhs.picodollars }

    /// `$200`, `$0.40`, `$0.031611`: whole dollars bare, otherwise at least two decimals.
    public var description: String {
        "$" + DecimalText.format(picodollars, scale: Self.scale, minimumDecimals: picodollars % Self.perDollar == 0 ? 0 : 2)
    }
}

/// How an item's price turns into a monthly amount.
public enum Charge: Hashable, Sendable {
    /// Per unit per month.
    case monthly(UnitPrice)
    /// Per unit per hour, times the book's hours per month.
    case hourly(UnitPrice)
    /// A one-time price per unit, spread evenly over `years`.
    case capex(UnitPrice, years: Int)

    public var price: UnitPrice {
        switch self {
        case .monthly(let price), .hourly(let price), .capex(let price, _): price
        }
    }

    /// `$200 per broker-month`, `$0.031611 per vCPU-hour`, `$21 per TB over 5 years`.
    public func text(unit: String) -> String {
        switch self {
        case .monthly(let price): "\(price) per \(unit)-month"
        case .hourly(let price): "\(price) per \(unit)-hour"
        case .capex(let price, let years): "\(price) per \(unit) over \(years) year\(years == 1 ? "" : "s")"
        }
    }
}

/// Exact decimal text for integers with an implied scale: parsing and printing without `Double`.
public enum DecimalText {
    /// The value of `text` times 10^scale, if it is a plain decimal (`12`, `0.40`, `-3.5`) with at
    /// most `scale` decimals, no exponent, and fits in an `Int`; nil otherwise.
    public static func parse(_ text: String, scale: Int) -> Int? {
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative || body.hasPrefix("+") { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0], fraction = parts.count == 2 ? parts[1] : ""
        guard !whole.isEmpty || !fraction.isEmpty, fraction.count <= scale,
              (whole + fraction).allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        let digits = String(whole + fraction + String(repeating: "0", count: scale - fraction.count))
        guard let magnitude = Int(digits.isEmpty ? "0" : digits) else { return nil }
        return negative ? -magnitude : magnitude
    }

    /// `value / 10^scale` in decimal, trailing zeros trimmed down to `minimumDecimals`; thousands are
    /// grouped with commas for people (`5,000`) and not for machines (`grouped: false`).
    public static func format(_ value: Int, scale: Int, minimumDecimals: Int, grouped: Bool = true) -> String {
        var divisor = 1
        for _ in 0..<scale { divisor *= 10 }
        let magnitude = value.magnitude
        let whole = Int(magnitude / UInt(divisor))
        // Trailing zeros are divided away: removing a String's last Character cost over 1,000 instructions.
        var fractionValue = magnitude % UInt(divisor), decimals = scale
        while decimals > minimumDecimals, fractionValue % 10 == 0 {
            fractionValue /= 10
            decimals -= 1
        }
        let fractionDigits = decimals == 0 ? "" : String(fractionValue)
        let fraction = String(repeating: "0", count: decimals - fractionDigits.count) + fractionDigits
        let sign = value < 0 ? "-" : ""
        let digits = grouped ? QuantityUnit.count.format(whole) : String(whole)
        return fraction.isEmpty ? "\(sign)\(digits)" : "\(sign)\(digits).\(fraction)"
    }
}
