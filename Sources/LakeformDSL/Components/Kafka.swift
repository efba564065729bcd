/// Kafka on Strimzi in KRaft mode. Brokers and partitions are sized from the workload's ingest.
public struct Kafka: Declaration {
    let wire: Wire.Kafka
    let source: Wire.SourceLocation

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
