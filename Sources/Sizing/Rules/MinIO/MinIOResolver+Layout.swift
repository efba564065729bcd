import LakeModel

/// The pool's shape: drive size from the catalogue, drives per server, and servers for capacity and traffic.
extension MinIOResolver {
    /// One server pool's shape and the traffic its servers carry.
    struct Layout {
        var driveSize: Int
        var drivesPerNode: Int
        var nodes: Int
        /// Client throughput of one server.
        var perServer: Int
        /// Servers the peak traffic alone needs.
        var throughputServers: Int
    }

    static func layout(_ spec: MinIOSpec, stored: Int, fill: Int, parity: Int?, traffic: Int, pinned: Pinned, _ ledger: Ledger) -> Layout {
        func trafficServers(_ drives: Int) -> Int {
            MinIOThroughputRule.servers(demand: traffic, perServer: MinIOThroughputRule.perServer(media: spec.media, drivesPerNode: drives))
        }
        let driveSize = ledger.decide("minio.driveSize", .bytes, by: MinIODriveCatalogueRule.description,
                                      inputs: ["minio.storedAtHorizon", "minio.fillTarget", "minio.throughput.demand"], pin: .minioDriveSize) {
            if let given = spec.driveSize?.value { return (given, "\(Bytes(given)) from the blueprint") }
            let drives = pinned.drivesPerNode ?? MinIOLayoutRule.maxDrivesPerNode
            let atLeast = pinned.nodes ?? trafficServers(drives)
            let value = MinIODriveCatalogueRule.driveSize(stored: stored, media: spec.media, fillPercent: fill, atLeast: atLeast,
                                                          drivesPerNode: drives, parityOverride: parity)
            let sizes = MinIODriveCatalogueRule.catalogue(spec.media).map { Bytes($0).description }.joined(separator: ", ")
            let servers = MinIOLayoutRule.nodes(data: stored, drivesPerNode: drives, driveSize: value, fillPercent: fill,
                                                parityOverride: parity, atLeast: atLeast).nodes
            return (value, "the smallest of \(spec.media.rawValue) \(sizes) that holds \(Bytes(stored)) on the fewest servers: "
                + "\(servers) of \(drives) drives (\(pinned.nodes == nil ? "traffic needs \(atLeast)" : "\(atLeast) pinned")) = \(Bytes(value))")
        }
        let drives = ledger.decide("minio.drivesPerNode", .count, by: MinIOLayoutRule.description,
                                   inputs: ["minio.storedAtHorizon", "minio.driveSize", "minio.fillTarget", "minio.throughput.demand"], pin: .minioDrivesPerNode) {
            if let given = spec.drivesPerNode { return (given, "\(given) from the blueprint") }
            let value = MinIOLayoutRule.drivesPerNode(data: stored, driveSize: driveSize, fillPercent: fill, parityOverride: parity) {
                pinned.nodes ?? trafficServers($0)
            }
            return (value, "the fewest of 4, 8, 12, 16 drives of \(Bytes(driveSize)) that hold \(Bytes(stored)) on no more servers than 16 drives = \(value)")
        }
        let perServer = ledger.decide("minio.throughput.perServer", .bytesPerSecond, by: MinIOThroughputRule.description, inputs: ["minio.drivesPerNode"]) {
            let value = MinIOThroughputRule.perServer(media: spec.media, drivesPerNode: drives)
            let diskBound = MinIOLayoutRule.product(drives, MinIOThroughputRule.driveBandwidth(spec.media))
            return (value, "min(\(drives) × \(BytesPerSecond(MinIOThroughputRule.driveBandwidth(spec.media))) \(spec.media.rawValue) = \(BytesPerSecond(diskBound)), "
                + "\(MinIOThroughputRule.clientNICPercent)% of a \(BytesPerSecond(MinIOThroughputRule.nic(spec.media))) NIC) = \(BytesPerSecond(value))")
        }
        let throughputServers = ledger.decide("minio.throughput.servers", .count, by: MinIOThroughputRule.description,
                                              inputs: ["minio.throughput.demand", "minio.throughput.perServer"]) {
            let value = MinIOThroughputRule.servers(demand: traffic, perServer: perServer)
            return (value, "⌈\(BytesPerSecond(traffic)) / \(BytesPerSecond(perServer))⌉ = \(value)")
        }
        let nodes = ledger.decide("minio.nodes", .count, by: MinIOLayoutRule.description,
                                  inputs: ["minio.storedAtHorizon", "minio.drivesPerNode", "minio.driveSize", "minio.fillTarget", "minio.throughput.servers"],
                                  pin: .minioNodes) {
            if let given = spec.nodes { return (given, "\(given) from the blueprint") }
            let capacity = MinIOLayoutRule.nodes(data: stored, drivesPerNode: drives, driveSize: driveSize, fillPercent: fill, parityOverride: parity)
            let layout = MinIOLayoutRule.nodes(data: stored, drivesPerNode: drives, driveSize: driveSize, fillPercent: fill,
                                               parityOverride: parity, atLeast: throughputServers)
            let binds = layout.nodes > capacity.nodes ? "throughput binds" : "capacity binds"
            return (layout.nodes, "capacity: raw needed = \(Bytes(stored)) × \(capacity.setSize)/\(capacity.setSize - capacity.parity) / \(fill)% = \(Bytes(capacity.raw)) "
                + "on \(drives) × \(Bytes(driveSize)) per node → \(capacity.nodes) nodes (minimum 4); throughput: \(throughputServers) server\(throughputServers == 1 ? "" : "s"); "
                + "\(binds) → \(layout.nodes) nodes")
        }
        return Layout(driveSize: driveSize, drivesPerNode: drives, nodes: nodes, perServer: perServer, throughputServers: throughputServers)
    }
}
