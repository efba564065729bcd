/// Apache NiFi for visual data flows.
///
/// Wire: `lakes[].components.nifi`
///
/// ```swift
/// NiFi(nodes: 3)
/// ```
public struct NiFi: Declaration {
    let wire: Wire.NiFi
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - nodes: NiFi nodes, when you fix them. Unit: nodes. Example: 3
    public init(nodes: Int? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        wire = Wire.NiFi(nodes: nodes)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.nifi, "nifi", as: wire, named: "NiFi", at: source)
    }
}
