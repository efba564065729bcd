/// The unit a resolved number is counted in; decides how it is printed.
public enum QuantityUnit: String, Codable, Sendable {
    /// `bytes` is storage, data and disk (decimal units); `memory` is heap, container memory and cache in RAM (binary units).
    case count, bytes, memory, bytesPerSecond, seconds, millicores, cents, percent, basisPoints

    /// `1.5 TB`, `32 GiB`, `200 MB/s`, `7d`, `2500m`, `$4.27`, `80%` or a plain count (docs/units.md).
    public func format(_ value: Int) -> String {
        switch self {
        case .count: UnitFormat.grouped(value)
        case .bytes: Bytes(value).storageText
        case .memory: Bytes(value).memoryText
        case .bytesPerSecond: BytesPerSecond(value).description
        case .seconds: Seconds(value).description
        case .millicores: Millicores(value).description + " CPU"
        case .cents: Cents(value).description
        case .percent: "\(value)%"
        case .basisPoints: value % 100 == 0 ? "\(value / 100)%" : "\(value / 100).\(value % 100 < 10 ? "0" : "")\(value % 100)%"
        }
    }
}

/// How a resolved number came to be: a blueprint input, a pin, or a sizing rule.
public enum Origin: Codable, Equatable, Sendable {
    /// Given in the blueprint, with the user's one-line reason if any.
    case input(reason: String?)
    /// A documented default the blueprint did not override.
    case defaulted
    /// Computed by a sizing rule.
    case rule
    /// Pinned in the blueprint; `ruleValue` is what the rule would have chosen.
    case pinned(reason: String?, ruleValue: Int?)
}

/// One resolved number with its provenance: rule id, formula, the values it used, and why.
public struct Derivation: Codable, Equatable, Sendable {
    /// Address within the lake, such as `kafka.brokers`.
    public var address: String
    public var value: Int
    public var unit: QuantityUnit
    public var origin: Origin
    /// The rule that produced it (`kafka.brokers.throughput`), nil for inputs and defaults.
    public var rule: String?
    /// The formula in symbols, such as `max(ceil(T·RF / t_disk), RF)`.
    public var formula: String
    /// The formula with the values substituted, ending in `= value`.
    public var calculation: String
    /// Addresses of the numbers the formula used.
    public var inputs: [String]

    public init(
        address: String, value: Int, unit: QuantityUnit, origin: Origin, rule: String? = nil, formula: String = "",
        calculation: String = "", inputs: [String] = []
    ) {
        self.address = address
        self.value = value
        self.unit = unit
        self.origin = origin
        self.rule = rule
        self.formula = formula
        self.calculation = calculation
        self.inputs = inputs
    }

    /// The value in its unit, for people.
    public var formatted: String { unit.format(value) }
}

/// Every resolved number of a lake, by address, in the order they were decided.
public struct Provenance: Codable, Equatable, Sendable {
    public private(set) var order: [String] = []
    public private(set) var derivations: [String: Derivation] = [:]

    public init() {}

    public mutating func record(_ derivation: Derivation) {
        if derivations[derivation.address] == nil { order.append(derivation.address) }
        derivations[derivation.address] = derivation
    }

    public subscript(address: String) -> Derivation? { derivations[address] }

    /// Derivations in decision order.
    public var all: [Derivation] { order.compactMap { derivations[$0] } }

    /// Only the derivations at `addresses`, in decision order.
    public func keeping(_ addresses: Set<String>) -> Provenance {
        var kept = Provenance()
        for address in order where addresses.contains(address) {
            if let derivation = derivations[address] { kept.record(derivation) }
        }
        return kept
    }
}
