/// Cost and capacity deltas as people read them: `+$1,200/mo ($23,500 → $24,700)`, `usable: 3.75 PB → 4.5 PB`.
public enum CostDeltaText {
    /// `+$1,200/mo ($23,500 → $24,700)`; `(new lake)` or `(lake removed)` when one side is missing.
    public static func change(before: Int?, after: Int?, currency: String) -> String {
        let delta = (after ?? 0) - (before ?? 0)
        let head = "\(signed(delta, currency: currency))/mo"
        switch (before, after) {
        case (let before?, let after?): return "\(head) (\(money(before, currency: currency)) → \(money(after, currency: currency)))"
        case (nil, _): return "\(head) (new)"
        case (_, nil): return "\(head) (removed)"
        }
    }

    /// `per TB of data: $40.40 → $25.40`.
    public static func perTB(_ line: CostLineDelta, currency: String) -> String {
        let side = { (cents: Int?) in cents.map { money($0, currency: currency) } ?? "(none)" }
        return "\(line.name): \(side(line.beforeCents)) → \(side(line.afterCents))"
    }

    /// `usable: 3.75 PB → 4.5 PB`, `kafka pods: 12 → 15`, `runway: (none) → 9 months`.
    public static func figure(_ delta: CapacityDelta) -> String {
        "\(delta.label): \(value(delta.before, delta.unit)) → \(value(delta.after, delta.unit))"
    }

    /// One side of a figure in its unit; `(none)` when missing.
    public static func value(_ value: Int?, _ unit: CapacityDelta.Unit) -> String {
        guard let value else { return "(none)" }
        switch unit {
        case .bytes: return scaled(value, base: 1_000, units: ["B", "KB", "MB", "GB", "TB", "PB", "EB"])
        case .memoryBytes: return scaled(value, base: 1_024, units: ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"])
        case .millicores: return "\(decimal(value, scale: 1_000)) cores"
        case .count: return grouped(value)
        case .months: return "\(value) month\(value == 1 ? "" : "s")"
        }
    }

    /// `$23,500`, or `$23,500.50` when there are cents; other currencies by code: `EUR 1,200`.
    public static func money(_ cents: Int, currency: String) -> String {
        let sign = cents < 0 ? "-" : ""
        let whole = grouped(abs(cents) / 100), fraction = abs(cents) % 100
        let amount = fraction == 0 ? whole : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
        let symbol = ["USD": "$", "EUR": "€", "GBP": "£"][currency]
        return symbol.map { "\(sign)\($0)\(amount)" } ?? "\(sign)\(currency) \(amount)"
    }

    /// `+$1,200`, `-$300`, `±$0`.
    public static func signed(_ cents: Int, currency: String) -> String {
        cents == 0 ? "±" + money(0, currency: currency) : (cents > 0 ? "+" : "") + money(cents, currency: currency)
    }

    /// `1,234,567`.
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// The value in the largest unit it reaches, with at most two decimals: 3750000000000000 → `3.75 PB`.
    private static func scaled(_ value: Int, base: Int, units: [String]) -> String {
        var divisor = 1, index = 0
        while index + 1 < units.count, abs(value) / divisor >= base { divisor *= base; index += 1 }
        return "\(decimal(value, scale: divisor)) \(units[index])"
    }

    /// `value / scale` rounded to two decimals, trailing zeros dropped: 4500/1000 → `4.5`. Integer whole part, so
    /// exabytes cannot overflow.
    private static func decimal(_ value: Int, scale: Int) -> String {
        var whole = abs(value) / scale
        var fraction = Int((Double(abs(value) % scale) * 100 / Double(scale)).rounded())
        if fraction == 100 { (whole, fraction) = (whole + 1, 0) }
        let digits = fraction == 0 ? "" : fraction % 10 == 0 ? ".\(fraction / 10)" : fraction < 10 ? ".0\(fraction)" : ".\(fraction)"
        return (value < 0 ? "-" : "") + grouped(whole) + digits
    }
}
