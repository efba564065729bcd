extension Wire.TimeSpan {
    /// `n` seconds.
    public static func seconds(_ count: Int) -> Self { Self(seconds: count) }
    /// `n` minutes.
    public static func minutes(_ count: Int) -> Self { Self(seconds: count * 60) }
    /// `n` hours.
    public static func hours(_ count: Int) -> Self { Self(seconds: count * 3_600) }
    /// `n` days of 24 hours.
    public static func days(_ count: Int) -> Self { Self(seconds: count * 86_400) }
    /// `n` weeks of 7 days.
    public static func weeks(_ count: Int) -> Self { Self(seconds: count * 604_800) }
}
