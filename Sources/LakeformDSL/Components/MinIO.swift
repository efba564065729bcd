/// MinIO object storage holding the lake's data. Unset fields are sized from the workload.
public struct MinIO: Declaration {
    let wire: Wire.MinIO
    let source: Wire.SourceLocation

    public init(
        nodes: Int? = nil, drivesPerNode: Int? = nil, driveSize: ByteCount? = nil, media: Wire.DriveMedia? = nil,
        parity: Int? = nil, fillTargetPercent: Int? = nil, bucket: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.MinIO(
            nodes: nodes, drivesPerNode: drivesPerNode, driveSize: driveSize, media: media, parity: parity,
            fillTargetPercent: fillTargetPercent, bucket: bucket)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout LakeBlock) {
        block.declare(\.minio, "minio", as: wire, named: "MinIO", at: source)
    }
}
