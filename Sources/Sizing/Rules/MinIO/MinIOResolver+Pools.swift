import LakeModel

/// The tenant's server pools: a new lake gets `pool-0`; a running one keeps its recorded pools as created and
/// grows by one pool sized for the gap to the horizon, or decommissions its newest pool when the others suffice.
extension MinIOResolver {
    /// The pools this resolve deploys, oldest first, and the layout of the pool it sizes (nil when it sizes none).
    struct PoolPlan {
        var pools: [MinIOPoolShape]
        var added: Layout?
    }

    static func pools(_ spec: MinIOSpec, recorded: [MinIOPoolShape], stored: Int, fill: Int, parity: Int?, traffic: Int, pinned: Pinned,
                      _ ledger: Ledger) -> PoolPlan {
        guard !recorded.isEmpty else {
            let layout = layout(spec, stored: stored, fill: fill, parity: parity, traffic: traffic, pinned: pinned, ledger)
            let first = shape("pool-0", layout, spec.media, revision: ledger.lake.revision)
            ledger.decide("minio.pools", .count, by: MinIOPoolRule.description, inputs: ["minio.nodes", "minio.drivesPerNode", "minio.driveSize"]) {
                (1, "no recorded pools (a new lake): \(describe(first)) holds the \(Bytes(stored)) at the horizon")
            }
            return PoolPlan(pools: [first], added: layout)
        }
        let tenantParity = parity ?? MinIOParityRule.parity(setSize: setSize(recorded[0]))
        let each = recorded.map { fillableBytes([$0], fill: fill, parity: tenantParity) }
        let fillable = ledger.decide("minio.recordedFillable", .bytes, by: MinIOPoolRule.description, inputs: ["minio.fillTarget", "minio.parity"]) {
            let terms = zip(recorded, each).map { "\($0.name) \(Bytes($1))" }.joined(separator: " + ")
            return (each.reduce(0, +), "\(terms) at \(fill)% fill of usable = \(Bytes(each.reduce(0, +)))")
        }
        let described = recorded.map(describe).joined(separator: "; ")
        switch MinIOPoolRule.action(recordedFillable: each, stored: stored) {
        case .add:
            let gap = ledger.decide("minio.poolGap", .bytes, by: MinIOPoolRule.description, inputs: ["minio.storedAtHorizon", "minio.recordedFillable"]) {
                (stored - fillable, "\(Bytes(stored)) at the horizon − \(Bytes(fillable)) the recorded pools hold = \(Bytes(stored - fillable))")
            }
            let carried = recorded.reduce(0) {
                $0 + MinIOLayoutRule.product($1.servers, MinIOThroughputRule.perServer(media: media($1, spec), drivesPerNode: $1.volumesPerServer))
            }
            let layout = layout(spec, stored: gap, fill: fill, parity: tenantParity, traffic: max(0, traffic - carried), pinned: pinned, ledger)
            let added = shape(nextName(recorded), layout, spec.media, revision: ledger.lake.revision)
            ledger.decide("minio.pools", .count, by: MinIOPoolRule.description, inputs: ["minio.recordedFillable", "minio.poolGap", "minio.nodes"]) {
                (recorded.count + 1, "recorded: \(described); they hold \(Bytes(fillable)) of the \(Bytes(stored)) at the horizon, "
                    + "so add \(added.name) for the \(Bytes(gap)) gap: \(describe(added))")
            }
            return PoolPlan(pools: recorded + [added], added: layout)
        case .decommissionNewest:
            let newest = recorded[recorded.count - 1], older = fillable - each[each.count - 1]
            ledger.decide("minio.pools", .count, by: MinIOPoolRule.description, inputs: ["minio.recordedFillable", "minio.storedAtHorizon"]) {
                (recorded.count - 1, "recorded: \(described); the pools before \(newest.name) hold \(Bytes(older)) ≥ \(Bytes(stored)) at the horizon, "
                    + "so \(newest.name) is decommissioned")
            }
            ledger.warning("minio.poolDecommission",
                           "MinIO's \(Bytes(stored)) at the horizon fits on the pools before \(newest.name) (\(Bytes(older))), "
                               + "so this plan decommissions \(newest.name) and MinIO moves its objects to the other pools",
                           address: "minio.pools",
                           notes: ["keep \(newest.name) by restoring the data volume, growth or horizon (Horizon(months:)) it was added for",
                                   "otherwise run `mc admin decommission start` on \(newest.name) and let it finish before applying"])
            decideKept(newest: recorded[recorded.count - 2], ledger)
            return PoolPlan(pools: Array(recorded.dropLast()), added: nil)
        case .keep:
            ledger.decide("minio.pools", .count, by: MinIOPoolRule.description, inputs: ["minio.recordedFillable", "minio.storedAtHorizon"]) {
                (recorded.count, "recorded: \(described); they hold \(Bytes(fillable)) ≥ \(Bytes(stored)) at the horizon, so no pool is added")
            }
            decideKept(newest: recorded[recorded.count - 1], ledger)
            return PoolPlan(pools: recorded, added: nil)
        }
    }

    /// The newest kept pool's shape under the layout's addresses, so what derives from them explains without a new pool.
    private static func decideKept(newest pool: MinIOPoolShape, _ ledger: Ledger) {
        let created = "as \(pool.name) was created\(pool.createdSerial.map { " at serial \($0)" } ?? "")"
        ledger.decide("minio.driveSize", .bytes, by: MinIOPoolRule.description, inputs: ["minio.pools"]) { (pool.driveSize.value, "\(pool.driveSize), \(created)") }
        ledger.decide("minio.drivesPerNode", .count, by: MinIOPoolRule.description, inputs: ["minio.pools"]) { (pool.volumesPerServer, "\(pool.volumesPerServer), \(created)") }
        ledger.decide("minio.nodes", .count, by: MinIOPoolRule.description, inputs: ["minio.pools"]) { (pool.servers, "\(pool.servers), \(created)") }
    }

    /// Bytes the pools hold at the fill target: each pool's usable from its own set size and the tenant's parity.
    static func fillableBytes(_ pools: [MinIOPoolShape], fill: Int, parity: Int) -> Int {
        pools.reduce(0) { min(MinIOLayoutRule.saturatedProduct, $0 + IntegerMath.percent(usable($1, parity: parity), fill)) }
    }

    /// A pool's usable bytes: raw × (N − M) / N for its set size N, parity M capped at N/2.
    static func usable(_ pool: MinIOPoolShape, parity: Int) -> Int {
        let size = setSize(pool)
        guard size > 0 else { return 0 }
        return MinIOCapacityRule.usable(raw: MinIOLayoutRule.product(pool.servers, pool.volumesPerServer, pool.driveSize.value),
                                        setSize: size, parity: min(parity, size / 2)).value
    }

    /// The erasure-set size MinIO formed when it created the pool (0 when it cannot form one).
    static func setSize(_ pool: MinIOPoolShape) -> Int {
        MinIOErasureSetRule.setSize(nodes: pool.servers, drivesPerNode: pool.volumesPerServer) ?? 0
    }

    /// The pool's drive medium, or the blueprint's when the record names none Lakeform knows.
    static func media(_ pool: MinIOPoolShape, _ spec: MinIOSpec) -> DriveMedia {
        DriveMedia(rawValue: pool.media) ?? spec.media
    }

    private static func shape(_ name: String, _ layout: Layout, _ media: DriveMedia, revision: Int?) -> MinIOPoolShape {
        MinIOPoolShape(name: name, servers: layout.nodes, volumesPerServer: layout.drivesPerNode, driveSize: Bytes(layout.driveSize),
                       media: media.rawValue, createdSerial: revision)
    }

    /// `pool-N` after the highest recorded index, so a name is never reused.
    private static func nextName(_ recorded: [MinIOPoolShape]) -> String {
        let indices = recorded.compactMap { Int($0.name.split(separator: "-").last ?? "") }
        return "pool-\(max(recorded.count, (indices.max() ?? -1) + 1))"
    }

    private static func describe(_ pool: MinIOPoolShape) -> String {
        let created = pool.createdSerial.map { "created at serial \($0)" } ?? "added by this plan"
        return "\(pool.name) \(pool.servers) servers × \(pool.volumesPerServer) × \(pool.driveSize) \(pool.media) (\(created))"
    }
}
