/// Integer arithmetic for money: products wider than 64 bits, rounded half up. No floating point.
enum ExactMath {
    /// `a × b / divisor` rounded half up, for non-negative `a` and `b` and positive `divisor`;
    /// `Int.max` if the result does not fit (only absurd prices or sizes reach it).
    static func mulDivRounded(_ a: Int, _ b: Int, _ divisor: Int) -> Int {
        precondition(a >= 0 && b >= 0 && divisor > 0, "mulDivRounded takes non-negative factors and a positive divisor")
        let (high, low) = a.multipliedFullWidth(by: b)
        let (sumLow, carry) = low.addingReportingOverflow(UInt(divisor / 2))
        let sumHigh = high + (carry ? 1 : 0)
        guard sumHigh < 1 << 61, (sumHigh << 1) | Int(sumLow >> 63) < divisor else { return Int.max }
        return divisor.dividingFullWidth((sumHigh, sumLow)).quotient
    }

    /// `value` divided by `divisor`, rounded half up; nil when the divisor is not positive.
    static func ratio(_ value: Int, per divisor: Int, scaledBy scale: Int = 1) -> Int? {
        divisor > 0 ? mulDivRounded(value, scale, divisor) : nil
    }

    /// `part / whole` in basis points (1/100 of a percent), rounded half up; nil for an empty whole.
    static func basisPoints(_ part: Int, of whole: Int) -> Int? {
        ratio(part, per: whole, scaledBy: 10_000)
    }
}
