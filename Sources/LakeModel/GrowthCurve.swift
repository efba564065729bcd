/// Compound growth of stored data, month by month, in integers. Sizing (data at the planning
/// horizon), runway and the cost report's horizon month all read this one curve.
public struct GrowthCurve: Equatable, Sendable {
    /// Growth per year, in percent.
    public let yearlyPercent: Int
    /// (1 + g)^(1/12) in parts per million.
    public let monthlyFactorPPM: Int

    public init(yearlyPercent: Int) {
        self.yearlyPercent = max(0, yearlyPercent)
        monthlyFactorPPM = Self.monthlyFactor(self.yearlyPercent)
    }

    /// `start` after `months` of compounding, rounded up: whole years at exactly 1 + g, the months left at the
    /// monthly factor. Saturates instead of overflowing.
    public func value(_ start: Int, afterMonths months: Int) -> Int {
        guard yearlyPercent > 0, months > 0, start > 0 else { return max(0, start) }
        var value = start
        for _ in 0..<(months / 12) { value = Self.scaledUp(value, 100 + yearlyPercent, 100) }
        for _ in 0..<(months % 12) { value = Self.scaledUp(value, monthlyFactorPPM, 1_000_000) }
        return value
    }

    /// ⌈value × numerator / denominator⌉, saturating at `saturated`.
    private static func scaledUp(_ value: Int, _ numerator: Int, _ denominator: Int) -> Int {
        let (high, low) = value.multipliedFullWidth(by: numerator)
        guard high < denominator / 2 else { return saturated }
        let (quotient, remainder) = denominator.dividingFullWidth((high, low))
        return min(saturated, remainder > 0 ? quotient + 1 : quotient)
    }

    /// Months until `start` reaches `target`: 0 when it already has, nil when it never does within `limit`.
    public func monthsUntil(_ start: Int, reaches target: Int, within limit: Int = 1_200) -> Int? {
        if start >= target { return 0 }
        guard yearlyPercent > 0, start > 0 else { return nil }
        var value = start
        for month in 1...max(1, limit) {
            value = self.value(value, afterMonths: 1)
            if value >= target { return month }
        }
        return nil
    }

    /// The cap on grown values: far beyond any lake, with room to add a few without overflowing.
    public static let saturated = Int.max / 4

    /// (1 + g)^(1/12) in parts per million, by bisection on integers.
    private static func monthlyFactor(_ growthPercent: Int) -> Int {
        guard growthPercent > 0 else { return 1_000_000 }
        let target = (100 + growthPercent) * 10_000
        var low = 1_000_000, high = 1_000_000 + growthPercent * 10_000
        while low < high {
            let middle = (low + high + 1) / 2
            var power = 1_000_000
            for _ in 0..<12 {
                let (h, l) = power.multipliedFullWidth(by: middle)
                power = 1_000_000.dividingFullWidth((h, l)).quotient
            }
            if power <= target { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
