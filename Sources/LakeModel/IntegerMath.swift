/// Integer arithmetic for sizing and costing: no floating point touches a resolved number, and products and sums of
/// absurd inputs saturate instead of trapping.
public enum IntegerMath {
    /// ⌈a / b⌉ for non-negative a and positive b.
    public static func ceilDiv(_ a: Int, _ b: Int) -> Int {
        precondition(b > 0, "division by a non-positive number")
        return a <= 0 ? 0 : (a - 1) / b + 1
    }

    /// `value × percent / 100`, rounded toward zero; saturates like `scale`.
    public static func percent(_ value: Int, _ percent: Int) -> Int { scale(value, percent, 100) }

    /// `value × numerator / denominator` without overflowing for large byte counts, rounded down; saturates at
    /// ±`GrowthCurve.saturated` where the result would not fit.
    public static func scale(_ value: Int, _ numerator: Int, _ denominator: Int) -> Int {
        divided(value, numerator, denominator)?.quotient ?? saturated(value, numerator)
    }

    /// `value × numerator / denominator`, rounded up; saturates like `scale`.
    public static func scaleUp(_ value: Int, _ numerator: Int, _ denominator: Int) -> Int {
        guard let (quotient, remainder) = divided(value, numerator, denominator) else { return saturated(value, numerator) }
        return remainder > 0 ? quotient + 1 : quotient
    }

    /// The quotient and remainder of the full-width product by a positive denominator; nil when the quotient
    /// would not fit an Int (absurd inputs), so callers saturate instead of trapping.
    private static func divided(_ value: Int, _ numerator: Int, _ denominator: Int) -> (quotient: Int, remainder: Int)? {
        precondition(denominator > 0, "division by a non-positive number")
        let (product, overflow) = value.multipliedReportingOverflow(by: numerator)
        if !overflow { return product.quotientAndRemainder(dividingBy: denominator) }
        let (high, low) = value.multipliedFullWidth(by: numerator)
        guard high < denominator / 2, high >= -(denominator / 2) else { return nil }
        let (quotient, remainder) = denominator.dividingFullWidth((high, low))
        return (min(max(quotient, -GrowthCurve.saturated), GrowthCurve.saturated), remainder)
    }

    private static func saturated(_ value: Int, _ numerator: Int) -> Int {
        (value < 0) != (numerator < 0) ? -GrowthCurve.saturated : GrowthCurve.saturated
    }

    /// The product of non-negative counts and sizes, saturating at `bound` instead of overflowing on absurd inputs.
    public static func product(_ factors: Int..., saturatingAt bound: Int = GrowthCurve.saturated) -> Int {
        factors.reduce(1) { result, factor in
            let (value, overflow) = result.multipliedReportingOverflow(by: factor)
            return overflow ? bound : min(value, bound)
        }
    }

    /// The sum of non-negative counts and sizes, saturating at `bound` instead of overflowing on absurd inputs.
    public static func sum<Values: Sequence<Int>>(_ values: Values, saturatingAt bound: Int = GrowthCurve.saturated) -> Int {
        values.reduce(0) { total, value in
            let (result, overflow) = total.addingReportingOverflow(value)
            return overflow ? bound : min(result, bound)
        }
    }

    /// The smallest multiple of `step` that is ≥ value.
    public static func roundUp(_ value: Int, toMultipleOf step: Int) -> Int {
        let (rounded, overflow) = ceilDiv(value, step).multipliedReportingOverflow(by: step)
        return overflow ? Int.max : rounded
    }

    /// `value` clamped into `range`.
    public static func clamp(_ value: Int, _ range: ClosedRange<Int>) -> Int { min(max(value, range.lowerBound), range.upperBound) }

    public static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}
