import LakeModel

/// The documented range of one numeric blueprint input, in its canonical unit, and where the schema documents it.
public struct InputBound: Sendable {
    /// The unit a bounded value is counted in, for messages.
    public enum Unit: Sendable {
        case count, bytes, memory, bytesPerSecond, seconds, percent, cents
    }

    /// The schema definition (`$defs/<definition>`) and property that carry the same `minimum` and `maximum`.
    public let definition: String
    public let property: String
    public let range: ClosedRange<Int>
    public let unit: Unit

    init(_ definition: String, _ property: String, _ range: ClosedRange<Int>, _ unit: Unit = .count) {
        self.definition = definition
        self.property = property
        self.range = range
        self.unit = unit
    }

    /// `1 EB`, `100 TB/s`, `36500d`, `95%`, `$1,000,000` or `10,000`.
    func describe(_ value: Int) -> String {
        switch unit {
        case .count: value < 0 ? "\(value)" : UnitFormat.grouped(value)
        case .bytes: Bytes(value).storageText
        case .memory: Bytes(value).memoryText
        case .bytesPerSecond: BytesPerSecond(value).description
        case .seconds: Seconds(value).description
        case .percent: "\(value)%"
        case .cents: Cents(value).description
        }
    }

    /// `between 1 B and 1 EB`.
    var allowed: String { "between \(describe(range.lowerBound)) and \(describe(range.upperBound))" }
}
