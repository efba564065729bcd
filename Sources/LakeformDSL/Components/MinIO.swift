/// MinIO object storage holding the lake's data. Unset fields are sized from the workload.
///
/// Wire: `lakes[].components.minio`
///
/// ```swift
/// MinIO(media: .nvme, bucket: "datalake")
/// ```
public struct MinIO: Declaration {
    let wire: Wire.MinIO
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - nodes: Servers of the pool, when you fix them; otherwise sized from capacity and throughput. Unit: servers. Example: 16
    ///   - drivesPerNode: Drives per server, when you fix them. Unit: drives. Example: 8
    ///   - driveSize: Size of each drive, when you fix it; otherwise chosen from the drive catalogue. Unit: bytes (decimal). Example: 15.36TB
    ///   - media: Drive medium, which decides the storage class and drive bandwidth. Default: nvme. Example: nvme
    ///   - parity: Erasure-code parity drives per set (EC:N), when you fix it; otherwise MinIO's default for the set size. Unit: drives. Example: 4
    ///   - fillTargetPercent: Share of usable capacity the data may fill at the horizon. Unit: percent. Default: 70. Example: 70
    ///   - bucket: The bucket holding the lake's data. Default: datalake. Example: datalake
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
