/// The FastAPI query service, from the image that serves it.
///
/// Wire: `lakes[].components.fastapi`
///
/// ```swift
/// FastAPI(image: "registry.example.com/lake-api:1.4.2", requestsPerSecond: 2_000)
/// ```
public struct FastAPI: Declaration {
    let wire: Wire.FastAPI
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - image: The container image serving the API, pinned to a tag or digest. Example: registry.example.com/lake-api:1.4.2
    ///   - requestsPerSecond: Requests per second at peak, when you know them; otherwise derived from active users. Unit: requests/s. Example: 2000
    ///   - requestsPerReplica: Requests per second one replica serves. Unit: requests/s. Example: 200
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
