extension Wire.Money {
    /// Whole US dollars, plus cents if given: `.dollars(30_000)`, `.dollars(4, cents: 27)`.
    public static func dollars(_ dollars: Int, cents: Int = 0) -> Self { Self(cents: dollars * 100 + cents) }

    /// US cents: `.cents(427)` is $4.27.
    public static func cents(_ count: Int) -> Self { Self(cents: count) }
}
