/// A Kafka stream (topic): its share of the ingest in percent and how long Kafka retains it.
/// Its reason is keyed `streams.<name>` in the workload's reasons.
public struct EventStream: Declaration {
    let wire: Wire.Stream
    let reason: String?
    let source: Wire.SourceLocation

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
