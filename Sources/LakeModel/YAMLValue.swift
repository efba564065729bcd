/// A YAML document tree with only the scalars Lakeform emits: strings, integers, booleans and null.
/// There are no floating-point numbers, so emitted numbers are always exact.
public enum YAMLValue: Equatable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case list([YAMLValue])
    /// A mapping; the writer orders keys (apiVersion, kind, metadata first, then sorted).
    case map([String: YAMLValue])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: YAMLValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, YAMLValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The mapping's entries, or nil for other values.
    public var mapping: [String: YAMLValue]? {
        if case .map(let entries) = self { return entries }
        return nil
    }

    /// The value at a dotted key path such as `spec.kafka.replicas`, if present.
    public subscript(path path: String) -> YAMLValue? {
        var current: YAMLValue? = self
        for key in ASCIIScan.split(path, at: UInt8(ascii: ".")) {
            current = current?.mapping?[String(key)]
        }
        return current
    }

    /// Deep merge: maps merge recursively, anything else in `other` replaces.
    public func merging(_ other: YAMLValue) -> YAMLValue {
        guard case .map(var base) = self, case .map(let overlay) = other else { return other }
        for (key, value) in overlay {
            base[key] = base[key].map { $0.merging(value) } ?? value
        }
        return .map(base)
    }
}
