/// Redis as cache and rate limiter.
public struct Redis: Declaration {
    let wire: Wire.Redis
    let source: Wire.SourceLocation

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
