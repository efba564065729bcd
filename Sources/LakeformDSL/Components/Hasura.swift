/// Hasura GraphQL engine over PostgreSQL; `secret` names the Secret with its database URL.
///
/// Wire: `lakes[].components.hasura`
///
/// ```swift
/// Hasura(replicas: 3, secret: "hasura-secrets")
/// ```
public struct Hasura: Declaration {
    let wire: Wire.Hasura
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - replicas: Replicas, when you fix them; otherwise sized from active users. Unit: replicas. Example: 3
    ///   - secret: The Kubernetes Secret holding the admin secret and database URL. Default: hasura-secrets. Example: hasura-secrets
    public init(
        replicas: Int? = nil, secret: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Hasura(replicas: replicas, secret: secret)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.hasura, "hasura", as: wire, named: "Hasura", at: source)
    }
}
