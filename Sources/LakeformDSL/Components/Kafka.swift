/// Kafka on Strimzi in KRaft mode. Brokers and partitions are sized from the workload's ingest.
///
/// Wire: `lakes[].components.kafka`
///
/// ```swift
/// Kafka(replicationFactor: 3, minInsyncReplicas: 2, controllers: 3)
/// ```
public struct Kafka: Declaration {
    let wire: Wire.Kafka
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - version: The Kafka version Strimzi runs. Default: 4.2.0. Example: 4.2.0
    ///   - replicationFactor: Copies of each partition. Unit: replicas. Default: 3. Example: 3
    ///   - minInsyncReplicas: Replicas that must acknowledge a write with acks=all. Unit: replicas. Default: 2. Example: 2
    ///   - controllers: KRaft controllers; 3 survive one failure, 5 survive two. Unit: controllers. Default: 3. Example: 3
    ///   - zones: Availability zones brokers spread over; broker counts round up to a multiple. Unit: zones. Default: 3. Example: 3
    public init(
        version: String? = nil, replicationFactor: Int? = nil, minInsyncReplicas: Int? = nil, controllers: Int? = nil,
        zones: Int? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Kafka(
            version: version, replicationFactor: replicationFactor, minInsyncReplicas: minInsyncReplicas,
            controllers: controllers, zones: zones)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.kafka, "kafka", as: wire, named: "Kafka", at: source)
    }
}
