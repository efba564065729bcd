import LakeModel

/// A running tenant's server pools: recorded pools stay as created; one pool is added for the gap to the horizon,
/// or the newest pool is decommissioned when the older ones hold the horizon's data.
enum MinIOPoolRule: SizingRule {
    /// What the plan does to a tenant's recorded pools.
    enum Action: Equatable {
        case keep
        /// Add one pool holding this many bytes at the fill target.
        case add(gap: Int)
        case decommissionNewest
    }

    static let description = RuleDescription(
        id: "minio.pools",
        summary: "A new lake gets pool-0. A running lake keeps every recorded pool byte for byte (its erasure sets are fixed at creation); "
            + "when they hold less than the data at the horizon it adds one pool, laid out by the drive and node rules for the gap alone "
            + "with the tenant's parity; when the pools before the newest already hold it, the newest is decommissioned (flagged).",
        formula: "fillable(p) = raw(p) × (N_p − M) / N_p × fill; gap = stored at horizon − Σ fillable(recorded); "
            + "gap > 0 → add pool-(k+1) sized for gap; Σ fillable(all but newest) ≥ stored → decommission the newest; else keep",
        constants: [RuleConstant("pools added per plan", "1", "MinIO expands a deployment by one server pool at a time (mc admin decommission / pool expansion docs)")],
        source: "https://min.io/docs/minio/linux/operations/install-deploy-manage/expand-minio-deployment.html (expansion adds a server pool) ; "
            + "https://min.io/docs/minio/linux/operations/install-deploy-manage/decommission-server-pool.html ; "
            + "https://github.com/minio/minio/blob/master/docs/distributed/DESIGN.md (server pools) ; sizing-rules §1.3",
        evidence: .documented,
        examples: [
            RuleExample("pools holding 1 PB, 1.5 PB at the horizon", expect: "add a pool for 500 TB") {
                describe(action(recordedFillable: [1_000_000_000_000_000], stored: 1_500_000_000_000_000))
            },
            RuleExample("pools holding 1 PB and 500 TB, 1.2 PB at the horizon", expect: "keep") {
                describe(action(recordedFillable: [1_000_000_000_000_000, 500_000_000_000_000], stored: 1_200_000_000_000_000))
            },
            RuleExample("pools holding 1 PB and 500 TB, 800 TB at the horizon", expect: "decommission the newest") {
                describe(action(recordedFillable: [1_000_000_000_000_000, 500_000_000_000_000], stored: 800_000_000_000_000))
            },
            RuleExample("one pool holding 1 PB, 10 TB at the horizon", expect: "keep") {
                describe(action(recordedFillable: [1_000_000_000_000_000], stored: 10_000_000_000_000))
            },
        ])

    /// The plan for recorded pools, given what each holds at the fill target (oldest first) and the bytes at the horizon.
    static func action(recordedFillable: [Int], stored: Int) -> Action {
        let total = recordedFillable.reduce(0, +)
        if total < stored { return .add(gap: stored - total) }
        if recordedFillable.count > 1, total - (recordedFillable.last ?? 0) >= stored { return .decommissionNewest }
        return .keep
    }

    private static func describe(_ action: Action) -> String {
        switch action {
        case .keep: "keep"
        case .add(let gap): "add a pool for \(Bytes(gap))"
        case .decommissionNewest: "decommission the newest"
        }
    }
}
