/// A size in bytes, written `.terabytes(50)` or `.gibibytes(64)`; the wire's `ByteCount`.
public typealias ByteCount = Wire.ByteCount
/// A throughput, written `.megabytesPerSecond(20)`; the wire's `ByteRate`.
public typealias ByteRate = Wire.ByteRate
/// A duration, written `.days(7)`; the wire's `TimeSpan` (Swift's own `Duration` is a different type).
public typealias TimeSpan = Wire.TimeSpan
/// An amount of US dollars, written `.dollars(30_000)` or `.dollars(4, cents: 27)`; the wire's `Money`.
public typealias Money = Wire.Money
