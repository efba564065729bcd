/// A Kafka stream (topic): its rate, how long Kafka retains it, and whether its consumers rely on per-key ordering.
/// The rate is one of a share of the ingest in percent, a byte rate, or events per second of an average size; a stream
/// that states none splits what the others leave of the ingest. With an ingest rate, the streams' own rates plus the
/// shares' part must fit in it; without one, every stream states its own rate and the ingest is their sum
/// (`Ingest(peakPercent:)` still sets the peak, which applies to every stream).
/// Its reason is keyed `streams.<name>` in the workload's reasons.
///
/// Wire: `lakes[].workload.streams[]`
///
/// ```swift
/// EventStream("clicks", rate: .megabytesPerSecond(40), retention: .days(7), consumerGroups: 3)
/// EventStream("orders", eventsPerSecond: 2_000, eventSize: .kilobytes(1), retention: .days(3), keyed: true)
/// EventStream("events", sharePercent: 60, retention: .days(7))
/// ```
public struct EventStream: Declaration {
    let wire: Wire.Stream
    let reason: String?
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - name: The Kafka topic name. Example: clickstream
    ///   - sharePercent: This stream's share of the ingest; shares of all streams add up to at most 100. Unit: percent. Example: 60
    ///   - retention: How long Kafka keeps the stream; beyond a day on broker disks it moves to tiered storage on MinIO. Unit: duration. Example: 7d
    ///   - consumerGroups: Consumer groups reading the stream; each reads every byte, so they drive broker network and CPU. Unit: groups. Default: 1. Example: 3
    ///   - partitions: Partitions of the topic, when you fix them yourself; otherwise sized from peak throughput and the widest reader. Unit: partitions. Example: 24
    ///   - keyed: Records are ordered per key, so adding partitions breaks ordering and the planner flags it as risky; topics Debezium writes are keyed anyway. Default: false. Example: true
    ///   - reason: Why the input has this value; `lakeform explain` shows it beside the number. Wire: lakes[].workload.reasons
    public init(
        _ name: String, sharePercent: Int? = nil, retention: TimeSpan, consumerGroups: Int? = nil,
        partitions: Int? = nil, keyed: Bool? = nil, reason: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(
            Wire.Stream(name: name, sharePercent: sharePercent, retention: retention, consumerGroups: consumerGroups,
                        partitions: partitions, keyed: keyed),
            reason: reason, file: file, line: line, column: column)
    }

    /// - Parameters:
    ///   - name: The Kafka topic name. Example: clickstream
    ///   - rate: The stream's own average byte rate; without a workload ingest rate the lake's ingest is the sum of the streams' rates. Unit: bytes/s (decimal). Example: 40MB/s
    ///   - retention: How long Kafka keeps the stream; beyond a day on broker disks it moves to tiered storage on MinIO. Unit: duration. Example: 7d
    ///   - consumerGroups: Consumer groups reading the stream; each reads every byte, so they drive broker network and CPU. Unit: groups. Default: 1. Example: 3
    ///   - partitions: Partitions of the topic, when you fix them yourself; otherwise sized from peak throughput and the widest reader. Unit: partitions. Example: 24
    ///   - keyed: Records are ordered per key, so adding partitions breaks ordering and the planner flags it as risky; topics Debezium writes are keyed anyway. Default: false. Example: true
    ///   - reason: Why the input has this value; `lakeform explain` shows it beside the number. Wire: lakes[].workload.reasons
    public init(
        _ name: String, rate: ByteRate, retention: TimeSpan, consumerGroups: Int? = nil,
        partitions: Int? = nil, keyed: Bool? = nil, reason: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(
            Wire.Stream(name: name, rate: rate, retention: retention, consumerGroups: consumerGroups, partitions: partitions,
                        keyed: keyed),
            reason: reason, file: file, line: line, column: column)
    }

    /// - Parameters:
    ///   - name: The Kafka topic name. Example: clickstream
    ///   - eventsPerSecond: The stream's own average event rate, with eventSize. Unit: events/s. Example: 2_000
    ///   - eventSize: Average size of one of the stream's events on the wire. Unit: bytes. Example: 1KB
    ///   - retention: How long Kafka keeps the stream; beyond a day on broker disks it moves to tiered storage on MinIO. Unit: duration. Example: 7d
    ///   - consumerGroups: Consumer groups reading the stream; each reads every byte, so they drive broker network and CPU. Unit: groups. Default: 1. Example: 3
    ///   - partitions: Partitions of the topic, when you fix them yourself; otherwise sized from peak throughput and the widest reader. Unit: partitions. Example: 24
    ///   - keyed: Records are ordered per key, so adding partitions breaks ordering and the planner flags it as risky; topics Debezium writes are keyed anyway. Default: false. Example: true
    ///   - reason: Why the input has this value; `lakeform explain` shows it beside the number. Wire: lakes[].workload.reasons
    public init(
        _ name: String, eventsPerSecond: Int, eventSize: ByteCount, retention: TimeSpan, consumerGroups: Int? = nil,
        partitions: Int? = nil, keyed: Bool? = nil, reason: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(
            Wire.Stream(name: name, eventsPerSecond: eventsPerSecond, eventSize: eventSize, retention: retention,
                        consumerGroups: consumerGroups, partitions: partitions, keyed: keyed),
            reason: reason, file: file, line: line, column: column)
    }

    private init(_ wire: Wire.Stream, reason: String?, file: String, line: Int, column: Int) {
        self.wire = wire
        self.reason = reason
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout WorkloadBlock) {
        block.append(wire, reason: reason, at: source)
    }
}
