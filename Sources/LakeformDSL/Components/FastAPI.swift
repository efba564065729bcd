/// The FastAPI query service, from the image that serves it.
public struct FastAPI: Declaration {
    let wire: Wire.FastAPI
    let source: Wire.SourceLocation

    public init(
        image: String, requestsPerSecond: Int? = nil, requestsPerReplica: Int? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.FastAPI(image: image, requestsPerSecond: requestsPerSecond, requestsPerReplica: requestsPerReplica)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.fastapi, "fastapi", as: wire, named: "FastAPI", at: source)
    }
}
