/// Hasura GraphQL engine over PostgreSQL; `secret` names the Secret with its database URL.
public struct Hasura: Declaration {
    let wire: Wire.Hasura
    let source: Wire.SourceLocation

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
