import LakeModel

/// Warnings for a MinIO layout that misses the horizon because of a pin, or grows past one pool's bound.
extension MinIOResolver {
    /// Layout values the blueprint fixed, by a pin or in the MinIO block; nil when sized.
    struct Pinned {
        var nodes: Int?
        var drivesPerNode: Int?
        var driveSize: Int?

        init(_ spec: MinIOSpec, _ lake: LakeSpec) {
            nodes = lake.pin(.minioNodes)?.value ?? spec.nodes
            drivesPerNode = lake.pin(.minioDrivesPerNode)?.value ?? spec.drivesPerNode
            driveSize = lake.pin(.minioDriveSize)?.value ?? spec.driveSize?.value
        }

        /// The fixed values as `address = value`, for a warning.
        var names: [String] {
            [nodes.map { "minio.nodes = \($0)" }, drivesPerNode.map { "minio.drivesPerNode = \($0)" },
             driveSize.map { "minio.driveSize = \(Bytes($0))" }].compactMap { $0 }
        }
    }

    /// Runway shorter than the horizon can only come from a fixed layout: the rule sizes for the horizon.
    static func warnIfShort(runway: Int?, horizon: Int, usable: Int, room: Int, pinned: Pinned, _ ledger: Ledger) {
        guard let runway, runway < horizon else { return }
        let cause = pinned.names.isEmpty ? "the layout" : pinned.names.joined(separator: ", ")
        ledger.warning("minio.runwayBelowHorizon",
                       "MinIO's \(Bytes(usable)) usable leaves \(Bytes(room)) for the lake's data, reached after \(runway) month\(runway == 1 ? "" : "s"), "
                           + "before the \(horizon)-month planning horizon, because of \(cause)",
                       address: "minio.runwayMonths",
                       notes: ["raise or remove the pin so MinIO is sized for the data at the horizon",
                               "or plan a second server pool before month \(runway), or shorten the horizon (Horizon(months:))"])
    }

    /// One pool of more servers than the documented bound.
    static func warnIfPoolTooLarge(nodes: Int, capacityServers: Bool, driveSize: Int, media: DriveMedia, pinned: Pinned, _ ledger: Ledger) {
        guard nodes > MinIOLayoutRule.maxServersPerPool else { return }
        let largest = MinIODriveCatalogueRule.catalogue(media).last ?? driveSize
        var levers: [String] = []
        if let pinnedSize = pinned.driveSize, pinnedSize < largest, capacityServers {
            levers.append("minio.driveSize is pinned to \(Bytes(pinnedSize)): pin a larger drive (up to \(Bytes(largest)) \(media.rawValue))")
        }
        levers += ["split the lake into several lakes, each with its own tenant",
                   "or size for a shorter horizon (Horizon(months:)) and add server pools as the data grows"]
        ledger.warning("minio.poolTooLarge",
                       "MinIO needs \(nodes) servers in one pool, above the \(MinIOLayoutRule.maxServersPerPool) a pool should hold, "
                           + "to \(capacityServers ? "hold the data at the horizon" : "carry the lake's peak traffic")",
                       address: "minio.nodes", notes: levers)
    }
}
