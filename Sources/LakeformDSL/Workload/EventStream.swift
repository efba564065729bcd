/// A Kafka stream (topic): its share of the ingest in percent and how long Kafka retains it.
/// Its reason is keyed `streams.<name>` in the workload's reasons.
///
/// Wire: `lakes[].workload.streams[]`
///
/// ```swift
/// EventStream("orders-cdc", sharePercent: 10, retention: .days(7), consumerGroups: 3)
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
    ///   - reason: Why the input has this value; `lakeform explain` shows it beside the number. Wire: lakes[].workload.reasons
    public init(
        _ name: String, sharePercent: Int? = nil, retention: TimeSpan, consumerGroups: Int? = nil,
        partitions: Int? = nil, reason: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Stream(
            name: name, sharePercent: sharePercent, retention: retention, consumerGroups: consumerGroups,
            partitions: partitions)
        self.reason = reason
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout WorkloadBlock) {
        block.append(wire, reason: reason, at: source)
    }
}
