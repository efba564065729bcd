/// The average ingest rate, as events per second of an average size or as a byte rate,
/// with the peak-to-average ratio in percent (100 = flat). Kafka is sized from the bytes.
public struct Ingest: Declaration {
    let wire: Wire.Ingest
    let reason: String?
    let source: Wire.SourceLocation

    public init(
        eventsPerSecond: Int, averageEventSize: ByteCount, peakPercent: Int? = nil, reason: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Ingest(
            eventsPerSecond: eventsPerSecond, averageEventSize: averageEventSize, peakPercent: peakPercent)
        self.reason = reason
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public init(
        rate: ByteRate, peakPercent: Int? = nil, reason: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Ingest(rate: rate, peakPercent: peakPercent)
        self.reason = reason
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout WorkloadBlock) {
        block.set(\.ingest, "ingest", to: wire, reason: reason, named: "Ingest", at: source)
    }
}
