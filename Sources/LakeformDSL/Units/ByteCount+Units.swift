extension Wire.ByteCount {
    /// `n` bytes.
    public static func bytes(_ count: Int) -> Self { Self(bytes: count) }
    /// `n` × 1,000 bytes.
    public static func kilobytes(_ count: Int) -> Self { Self(bytes: count * 1_000) }
    /// `n` × 1,000² bytes.
    public static func megabytes(_ count: Int) -> Self { Self(bytes: count * 1_000_000) }
    /// `n` × 1,000³ bytes.
    public static func gigabytes(_ count: Int) -> Self { Self(bytes: count * 1_000_000_000) }
    /// `n` × 1,000⁴ bytes.
    public static func terabytes(_ count: Int) -> Self { Self(bytes: count * 1_000_000_000_000) }
    /// `n` × 1,000⁵ bytes.
    public static func petabytes(_ count: Int) -> Self { Self(bytes: count * 1_000_000_000_000_000) }
    /// `n` × 2²⁰ bytes, as Kubernetes `Mi`.
    public static func mebibytes(_ count: Int) -> Self { Self(bytes: count << 20) }
    /// `n` × 2³⁰ bytes, as Kubernetes `Gi` and JVM `g`.
    public static func gibibytes(_ count: Int) -> Self { Self(bytes: count << 30) }
    /// `n` × 2⁴⁰ bytes, as Kubernetes `Ti`.
    public static func tebibytes(_ count: Int) -> Self { Self(bytes: count << 40) }
}
