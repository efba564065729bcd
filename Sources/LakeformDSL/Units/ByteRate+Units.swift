extension Wire.ByteRate {
    /// `n` bytes per second.
    public static func bytesPerSecond(_ count: Int) -> Self { Self(bytesPerSecond: count) }
    /// `n` × 1,000 bytes per second.
    public static func kilobytesPerSecond(_ count: Int) -> Self { Self(bytesPerSecond: count * 1_000) }
    /// `n` × 1,000² bytes per second; Kafka sizing works in MB/s.
    public static func megabytesPerSecond(_ count: Int) -> Self { Self(bytesPerSecond: count * 1_000_000) }
    /// `n` × 1,000³ bytes per second.
    public static func gigabytesPerSecond(_ count: Int) -> Self { Self(bytesPerSecond: count * 1_000_000_000) }
}
