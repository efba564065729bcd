/// Apache Atlas for data catalog and lineage.
///
/// Wire: `lakes[].components.atlas`
///
/// ```swift
/// Atlas(replicas: 1)
/// ```
public struct Atlas: Declaration {
    let wire: Wire.Atlas
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - replicas: Atlas replicas, when you fix them. Unit: replicas. Example: 1
    ///   - image: The Atlas container image, pinned to a tag or digest. Example: apache/atlas:2.3.0
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
