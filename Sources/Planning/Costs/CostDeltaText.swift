import LakeModel

/// Cost and capacity deltas as people read them: `+$1,200/mo ($23,500 → $24,700)`, `usable: 3.75 PB → 4.5 PB`.
public enum CostDeltaText {
    /// `+$1,200/mo ($23,500 → $24,700)`; `(new)` or `(removed)` when one side is missing.
    public static func change(before: Int?, after: Int?, currency: String) -> String {
        let delta = (after ?? 0) - (before ?? 0)
        let head = "\(signed(delta, currency: currency))/mo"
        switch (before, after) {
        case (let before?, let after?): return "\(head) (\(money(before, currency: currency)) → \(money(after, currency: currency)))"
        case (nil, _): return "\(head) (new)"
        case (_, nil): return "\(head) (removed)"
        }
    }

    /// `+$1,200 (+5.1%)` as Infracost's "Total change" column; `(new)` or `(removed)` when one side is missing.
    public static func delta(before: Int?, after: Int?, currency: String) -> String {
        let amount = signed((after ?? 0) - (before ?? 0), currency: currency)
        switch (before, after) {
        case (let before?, let after?): return percent(after - before, of: before).map { "\(amount) (\($0))" } ?? amount
        case (nil, _): return "\(amount) (new)"
        case (_, nil): return "\(amount) (removed)"
        }
    }

    /// `+5.1%`, `-12%`, `±0%`: `change` against `base`, rounded half away from zero to a tenth of a percent;
    /// nil when the base is not positive or the ratio does not fit.
    public static func percent(_ change: Int, of base: Int) -> String? {
        let (scaled, overflow) = change.multipliedReportingOverflow(by: 1_000)
        guard base > 0, !overflow else { return nil }
        var (permille, remainder) = scaled.quotientAndRemainder(dividingBy: base)
        if remainder.magnitude >= UInt(base) - remainder.magnitude { permille += scaled < 0 ? -1 : 1 }
        let tenths = permille.magnitude % 10
        let text = "\(permille.magnitude / 10)" + (tenths == 0 ? "" : ".\(tenths)") + "%"
        return (permille == 0 ? "±" : permille < 0 ? "-" : "+") + text
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

    /// One side of a figure in its unit, as the reports print it (`Bytes`, `Cents`); `(none)` when missing.
    public static func value(_ value: Int?, _ unit: CapacityDelta.Unit) -> String {
        guard let value else { return "(none)" }
        switch unit {
        case .bytes: return Bytes(value).storageText
        case .memoryBytes: return Bytes(value).memoryText
        case .millicores:
            let hundredths = value.magnitude % 1_000 / 10
            let fraction = hundredths == 0 ? "" : hundredths % 10 == 0 ? ".\(hundredths / 10)" : ".\(hundredths < 10 ? "0" : "")\(hundredths)"
            return "\(value < 0 ? "-" : "")\(UnitFormat.grouped(Int(value.magnitude / 1_000)))\(fraction) cores"
        case .count: return UnitFormat.grouped(value)
        case .months: return "\(value) month\(value == 1 ? "" : "s")"
        }
    }

    /// `$23,500`, or `$23,500.50` when there are cents; other currencies by symbol or code: `€1,200`, `CHF 1,200`.
    public static func money(_ cents: Int, currency: String) -> String {
        Cents(cents).formatted(symbol: ["USD": "$", "EUR": "€", "GBP": "£"][currency] ?? "\(currency) ")
    }

    /// `+$1,200`, `-$300`, `±$0`.
    public static func signed(_ cents: Int, currency: String) -> String {
        cents == 0 ? "±" + money(0, currency: currency) : (cents > 0 ? "+" : "") + money(cents, currency: currency)
    }
}
