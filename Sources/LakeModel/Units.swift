/// A number of bytes. Decimal units are powers of 1000, binary ones powers of 1024.
public struct Bytes: Hashable, Comparable, Codable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    public var value: Int
    public init(_ value: Int) { self.value = value }
    public init(integerLiteral value: Int) { self.value = value }

    public static let kilobyte = Bytes(1_000)
    public static let megabyte = Bytes(1_000_000)
    public static let gigabyte = Bytes(1_000_000_000)
    public static let terabyte = Bytes(1_000_000_000_000)
    public static let petabyte = Bytes(1_000_000_000_000_000)
    public static let mebibyte = Bytes(1 << 20)
    public static let gibibyte = Bytes(1 << 30)
    public static let tebibyte = Bytes(1 << 40)

    public static func terabytes(_ count: Int) -> Bytes { Bytes(count * terabyte.value) }
    public static func gibibytes(_ count: Int) -> Bytes { Bytes(count * gibibyte.value) }
    public static func mebibytes(_ count: Int) -> Bytes { Bytes(count * mebibyte.value) }

    public static func < (lhs: Bytes, rhs: Bytes) -> Bool { lhs.value < rhs.value }
    public static func + (lhs: Bytes, rhs: Bytes) -> Bytes { Bytes(lhs.value + rhs.value) }
    public static func - (lhs: Bytes, rhs: Bytes) -> Bytes { Bytes(lhs.value - rhs.value) }
    public static func * (lhs: Bytes, rhs: Int) -> Bytes { Bytes(lhs.value * rhs) }

    /// The storage form (`description` is this): see `storageText`.
    public var description: String { storageText }

    /// Storage, data volumes and disks in decimal SI units, as vendors sell drives: `15.36 TB`, `560 GB`.
    /// Precision everywhere (docs/units.md): the largest unit the value reaches, at most two decimals, cut, never rounded up.
    public var storageText: String { UnitFormat.scaled(value, base: 1_000, units: UnitFormat.decimalUnits) }

    /// Memory (heaps, container requests and limits, page cache) in binary IEC units: `32 GiB`, `1.5 GiB`, `384 MiB`.
    public var memoryText: String { UnitFormat.scaled(value, base: 1_024, units: UnitFormat.binaryUnits) }
}

/// A throughput in bytes per second.
public struct BytesPerSecond: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var value: Int
    public init(_ value: Int) { self.value = value }
    public static func < (lhs: BytesPerSecond, rhs: BytesPerSecond) -> Bool { lhs.value < rhs.value }
    /// Decimal, as storage: `200 MB/s`, `6.25 GB/s`.
    public var description: String { Bytes(value).storageText + "/s" }
}

/// A duration in whole seconds.
public struct Seconds: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var value: Int
    public init(_ value: Int) { self.value = value }
    public static let day = Seconds(86_400)
    public static func days(_ count: Int) -> Seconds { Seconds(count * day.value) }
    public static func < (lhs: Seconds, rhs: Seconds) -> Bool { lhs.value < rhs.value }

    /// `7d`, `36h`, `90m` or `45s`: the largest unit that divides the value exactly.
    public var description: String {
        for (unit, size) in [("d", 86_400), ("h", 3_600), ("m", 60)] where value != 0 && value % size == 0 {
            return "\(value / size)\(unit)"
        }
        return "\(value)s"
    }
}

/// CPU in thousandths of a core, as Kubernetes counts it.
public struct Millicores: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var value: Int
    public init(_ value: Int) { self.value = value }
    public static func cores(_ count: Int) -> Millicores { Millicores(count * 1_000) }
    public static func < (lhs: Millicores, rhs: Millicores) -> Bool { lhs.value < rhs.value }
    public var description: String { value % 1_000 == 0 ? "\(value / 1_000)" : "\(value)m" }
}

/// US dollars in cents.
public struct Cents: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var value: Int
    public init(_ value: Int) { self.value = value }
    public static func dollars(_ count: Int) -> Cents { Cents(count * 100) }
    public static func < (lhs: Cents, rhs: Cents) -> Bool { lhs.value < rhs.value }

    /// `$23,500.00`, `$4.27`: the one money text of every report, explain and plan (docs/units.md).
    public var description: String { formatted(symbol: "$") }

    /// The amount after `symbol` (`€`, or `CHF ` for a currency without one), sign first, always with cents as
    /// Infracost prints: `-€300.05`, `$2,000.00`.
    public func formatted(symbol: String) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        let whole = UnitFormat.grouped(Int(magnitude / 100))
        let cents = magnitude % 100
        return "\(sign)\(symbol)\(whole).\(cents < 10 ? "0" : "")\(cents)"
    }
}

/// Integer-only formatting helpers shared by the unit types.
public enum UnitFormat {
    /// Powers of 1,000 (storage, data, rates). `kB` is SI's lower-case kilo.
    static let decimalUnits = ["B", "kB", "MB", "GB", "TB", "PB", "EB"]
    /// Powers of 1,024 (memory).
    static let binaryUnits = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]

    /// `value` in the largest unit of `base` it reaches, with up to two decimals (truncated).
    static func scaled(_ value: Int, base: Int, units: [String]) -> String {
        var unitIndex = 0
        var scale = 1
        while unitIndex + 1 < units.count, value.magnitude / UInt(scale) >= UInt(base) {
            scale *= base
            unitIndex += 1
        }
        let whole = value / scale
        let (high, low) = abs(value % scale).multipliedFullWidth(by: 100)
        let fraction = scale.dividingFullWidth((high, low)).quotient
        let sign = value < 0 && whole == 0 ? "-" : ""
        switch fraction {
        case 0: return "\(sign)\(whole) \(units[unitIndex])"
        case let f where f % 10 == 0: return "\(sign)\(whole).\(f / 10) \(units[unitIndex])"
        case let f: return "\(sign)\(whole).\(f < 10 ? "0" : "")\(f) \(units[unitIndex])"
        }
    }

    /// `1,234,567`.
    public static func grouped(_ value: Int) -> String {
        let digits = Array(String(value).utf8)
        var result: [UInt8] = []
        result.reserveCapacity(digits.count + digits.count / 3)
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(UInt8(ascii: ",")) }
            result.append(digit)
        }
        return String(decoding: result, as: UTF8.self)
    }
}
