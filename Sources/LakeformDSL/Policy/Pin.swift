/// An override that sizing must respect and report: `Pin(.kafkaBrokers, 12)`,
/// `Pin(.kafkaBrokerStorage, .terabytes(16), reason: "…")`.
public struct Pin: Declaration {
    let wire: Wire.Pin
    let source: Wire.SourceLocation

    public init(
        _ key: PinKey<Int>, _ count: Int, reason: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Pin(key: key.name, value: Wire.Quantity(count), reason: reason)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

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
