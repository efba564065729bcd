/// Integer arithmetic for sizing: no floating point touches a resolved number.
enum IntegerMath {
    /// ⌈a / b⌉ for non-negative a and positive b.
    static func ceilDiv(_ a: Int, _ b: Int) -> Int {
        precondition(b > 0, "division by a non-positive number")
        return a <= 0 ? 0 : (a + b - 1) / b
    }

    /// `value × percent / 100`, rounded down.
    static func percent(_ value: Int, _ percent: Int) -> Int { value / 100 * percent + value % 100 * percent / 100 }

    /// `value × numerator / denominator` without overflowing for large byte counts, rounded down.
    static func scale(_ value: Int, _ numerator: Int, _ denominator: Int) -> Int {
        let (high, low) = value.multipliedFullWidth(by: numerator)
        return denominator.dividingFullWidth((high, low)).quotient
    }

    /// `value × numerator / denominator`, rounded up.
    static func scaleUp(_ value: Int, _ numerator: Int, _ denominator: Int) -> Int {
        let (high, low) = value.multipliedFullWidth(by: numerator)
        let (quotient, remainder) = denominator.dividingFullWidth((high, low))
        return remainder > 0 ? quotient + 1 : quotient
    }

    /// The smallest multiple of `step` that is ≥ value.
    static func roundUp(_ value: Int, toMultipleOf step: Int) -> Int { ceilDiv(value, step) * step }

    /// `value` clamped into `range`.
    static func clamp(_ value: Int, _ range: ClosedRange<Int>) -> Int { min(max(value, range.lowerBound), range.upperBound) }

    static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}
