/// An override that sizing must respect and report: `Pin(.kafkaBrokers, 12)`,
/// `Pin(.kafkaBrokerStorage, .terabytes(16), reason: "…")`.
///
/// Wire: `lakes[].pins[]`
///
/// ```swift
/// Pin(.kafkaBrokers, 12, reason: "broker count agreed with the Kafka team")
/// Pin(.minioDriveSize, .terabytes(15.36))
/// ```
public struct Pin: Declaration {
    let wire: Wire.Pin
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - key: The setting to pin. Example: kafka.brokers. Wire: lakes[].pins[].key
    ///   - count: The pinned value: a count for count keys, a size for size keys. Unit: the key's unit. Example: 12. Wire: lakes[].pins[].value
    ///   - reason: Why the value is pinned; explain shows it. Example: agreed with the Kafka team. Wire: lakes[].pins[].reason
    public init(
        _ key: PinKey<Int>, _ count: Int, reason: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Pin(key: key.name, value: Wire.Quantity(count), reason: reason)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    /// - Parameters:
    ///   - key: The setting to pin. Example: kafka.brokers. Wire: lakes[].pins[].key
    ///   - size: The pinned value: a count for count keys, a size for size keys. Unit: the key's unit. Example: 12. Wire: lakes[].pins[].value
    ///   - reason: Why the value is pinned; explain shows it. Example: agreed with the Kafka team. Wire: lakes[].pins[].reason
    public init(
        _ key: PinKey<ByteCount>, _ size: ByteCount, reason: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Pin(key: key.name, value: Wire.Quantity(size.bytes), reason: reason)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout LakeBlock) {
        block.append(wire, at: source)
    }
}
