/// Apache Atlas for data catalog and lineage.
public struct Atlas: Declaration {
    let wire: Wire.Atlas
    let source: Wire.SourceLocation

    public init(
        replicas: Int? = nil, image: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Atlas(replicas: replicas, image: image)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.atlas, "atlas", as: wire, named: "Atlas", at: source)
    }
}
