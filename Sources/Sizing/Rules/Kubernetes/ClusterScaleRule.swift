import LakeModel

/// Warns when a node pool or the whole lake outgrows what one Kubernetes cluster is built for, naming the pods
/// that drive the count and the levers.
enum ClusterScaleRule: SizingRule {
    /// Kubernetes is tested up to 5,000 nodes in one cluster.
    static let clusterNodes = 5_000
    /// A pool above this leaves the other pools, and a surge during upgrades, little room under the cluster limit.
    static let poolNodes = 2_000

    static let description = RuleDescription(
        id: "kubernetes.scale",
        summary: "A pool above 2,000 nodes, or a lake above 5,000, gets a warning naming the pods that drive it.",
        formula: "warn when pool nodes > 2,000 or Σ pool nodes > 5,000; causes = pod groups by share of the pool's requests",
        constants: [
            RuleConstant("clusterNodes", "5,000", "the largest cluster Kubernetes is tested at"),
            RuleConstant("poolNodes", "2,000", "two fifths of the cluster limit, leaving room for the other pools and upgrade surges"),
        ],
        source: "https://kubernetes.io/docs/setup/best-practices/cluster-large/ (no more than 5,000 nodes per cluster)",
        evidence: .documented,
        examples: [
            RuleExample("pools of 2,400 and 900 nodes", expect: "warn: compute") {
                let large = exceeding([("compute", 2_400), ("data", 900)])
                return large.isEmpty ? "no warning" : "warn: " + large.joined(separator: ", ")
            },
        ])

    /// The pools above `poolNodes`.
    static func exceeding(_ pools: [(name: String, nodes: Int)]) -> [String] {
        pools.filter { $0.nodes > poolNodes }.map(\.name)
    }

    /// Warns about each oversized pool and an oversized lake.
    static func check(_ pools: [ResolvedNodePool], groups: [PodGroup], _ ledger: Ledger) {
        for name in exceeding(pools.map { ($0.name, $0.nodes) }) {
            guard let pool = pools.first(where: { $0.name == name }) else { continue }
            ledger.warning("kubernetes.poolTooLarge",
                           "node pool \(name) needs \(pool.nodes) nodes, more than \(poolNodes) in one pool; most of it is \(drivers(of: pool, groups))",
                           address: "nodePools.\(name).nodes", notes: levers)
        }
        let total = IntegerMath.sum(pools.map(\.nodes))
        if total > clusterNodes {
            ledger.warning("kubernetes.clusterTooLarge",
                           "the lake needs \(total) nodes, more than the \(clusterNodes) one Kubernetes cluster is tested at",
                           address: "nodePools", notes: levers)
        }
    }

    static let levers = [
        "pin the driving component's count or size if the workload is overstated",
        "move retention to object storage (Kafka tiered storage, Druid deep storage) where it drives the count",
        "or split the lake into several blueprints, one cluster each",
    ]

    /// The two pod groups with the largest share of the pool's requested CPU, as `name (N%)`.
    private static func drivers(of pool: ResolvedNodePool, _ groups: [PodGroup]) -> String {
        let members = groups.filter { pool.podGroups.contains($0.name) }
        let total = max(1, IntegerMath.sum(members.map { IntegerMath.product($0.resources.cpuRequest.value, $0.replicas) }))
        return members
            .map { (name: $0.name, cpu: IntegerMath.product($0.resources.cpuRequest.value, $0.replicas)) }
            .sorted { $0.cpu != $1.cpu ? $0.cpu > $1.cpu : $0.name < $1.name }
            .prefix(2)
            .map { "\($0.name) (\(IntegerMath.scale($0.cpu, 100, total))%)" }
            .joined(separator: " and ")
    }
}
