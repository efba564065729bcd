/// Redis as cache and rate limiter.
///
/// Wire: `lakes[].components.redis`
///
/// ```swift
/// Redis(architecture: .replication, persistence: true)
/// ```
public struct Redis: Declaration {
    let wire: Wire.Redis
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - architecture: Standalone, or a primary with replicas. Default: replication. Example: replication
    ///   - maxMemory: Memory Redis may use for data (maxmemory), when you fix it. Unit: bytes (binary: GiB). Example: 8GiB
    ///   - persistence: Whether data is persisted to a volume (AOF). Default: false. Example: true
    ///   - replicas: Replicas beside the primary. Unit: replicas. Default: 2. Example: 2
    public init(
        architecture: Wire.RedisArchitecture? = nil, maxMemory: ByteCount? = nil, persistence: Bool? = nil,
        replicas: Int? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Redis(
            architecture: architecture, maxMemory: maxMemory, persistence: persistence, replicas: replicas)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.redis, "redis", as: wire, named: "Redis", at: source)
    }
}
