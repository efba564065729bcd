/// The average ingest rate, as events per second of an average size or as a byte rate,
/// with the peak-to-average ratio in percent (100 = flat). Kafka is sized from the bytes.
///
/// Wire: `lakes[].workload.ingest`
///
/// ```swift
/// Ingest(eventsPerSecond: 50_000, averageEventSize: .kilobytes(1), peakPercent: 300)
/// Ingest(rate: .megabytesPerSecond(50))
/// Ingest(peakPercent: 400)  // every EventStream states its own rate; the ingest is their sum
/// ```
public struct Ingest: Declaration {
    let wire: Wire.Ingest
    let reason: String?
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - eventsPerSecond: Events per second on average. Unit: events/s. Example: 50_000
    ///   - averageEventSize: Average size of one event on the wire. Unit: bytes. Example: 1KB
    ///   - peakPercent: Peak ingest as a percentage of the average (100 = flat, 300 = peaks at 3× the average). Unit: percent. Default: 100. Example: 300
    ///   - reason: Why the input has this value; `lakeform explain` shows it beside the number. Wire: lakes[].workload.reasons
    public init(
        eventsPerSecond: Int, averageEventSize: ByteCount, peakPercent: Int? = nil, reason: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Ingest(
            eventsPerSecond: eventsPerSecond, averageEventSize: averageEventSize, peakPercent: peakPercent)
        self.reason = reason
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    /// - Parameters:
    ///   - rate: Average ingest as a byte rate. Unit: bytes/s (decimal). Example: 50MB/s
    ///   - peakPercent: Peak ingest as a percentage of the average (100 = flat, 300 = peaks at 3× the average). Unit: percent. Default: 100. Example: 300
    ///   - reason: Why the input has this value; `lakeform explain` shows it beside the number. Wire: lakes[].workload.reasons
    public init(
        rate: ByteRate, peakPercent: Int? = nil, reason: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Ingest(rate: rate, peakPercent: peakPercent)
        self.reason = reason
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    /// - Parameters:
    ///   - peakPercent: Peak ingest as a percentage of the average, when every `EventStream` states its own rate and the ingest is their sum (100 = flat, 300 = peaks at 3× the average). Unit: percent. Default: 100. Example: 400
    ///   - reason: Why the input has this value; `lakeform explain` shows it beside the number. Wire: lakes[].workload.reasons
    public init(
        peakPercent: Int, reason: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Ingest(peakPercent: peakPercent)
        self.reason = reason
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout WorkloadBlock) {
        block.set(\.ingest, "ingest", to: wire, reason: reason, named: "Ingest", at: source)
    }
}
