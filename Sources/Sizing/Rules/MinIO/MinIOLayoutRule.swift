import LakeModel

/// Nodes needed to hold the stored data at the fill target, after erasure-coding overhead.
enum MinIOLayoutRule: SizingRule {
    /// MinIO's production checklist: at least 4 hosts per tenant.
    static let minimumNodes = 4
    static let maxDrivesPerNode = 16
    static let minimumDrivesPerNode = 4
    static let defaultFillPercent = 80
    /// Servers one pool should hold before the lake is split or grown by further pools.
    static let maxServersPerPool = 256

    static let description = RuleDescription(
        id: "minio.nodes",
        summary: "Nodes = the fewest (at least 4, and at least the throughput servers) whose drives hold the data at the horizon at the fill target, "
            + "after the erasure overhead of the sets MinIO forms; drives per node are the fewest, in steps of 4, that need no more nodes than 16 would.",
        formula: "raw(n) = stored × N(n) / K(n) / fill; nodes = the least n ≥ max(4, throughput servers) with n × drivesPerNode × driveSize ≥ raw(n); "
            + "drivesPerNode = the least of 4, 8, 12, 16 with nodes(drivesPerNode) ≤ nodes(16)",
        constants: [
            RuleConstant("minimum nodes", "4", "MinIO hardware checklist (4 hosts minimum, 8+ recommended)"),
            RuleConstant("drives per node", "4–16", "checklist: 4 minimum, 8+ recommended; 16 keeps sets of 16 at EC:4; small lakes use fewer"),
            RuleConstant("fill target", "80%", "rule of thumb: keep 10–20% free for healing and expansion"),
            RuleConstant("servers per pool", "256 (warning above)",
                         "rule of thumb: MinIO documents no limit, but its published pools have at most 32 servers (host{1...32} in DESIGN.md, the 32-node NVMe benchmark) "
                             + "and it grows by adding pools; a pool fails, heals and upgrades as one, so beyond 8× that split the lake"),
        ],
        source: "https://min.io/docs/minio/linux/operations/checklists/hardware.html ; https://github.com/minio/minio/blob/master/docs/distributed/DESIGN.md ; "
            + "https://blog.min.io/nvme_benchmark/ ; sizing-rules §1.3–1.4",
        evidence: .documented,
        examples: [
            RuleExample("1 PB of data, 16 × 15.36 TB drives per node, 80% fill (7 nodes would give sets of 14)", expect: "8 nodes") {
                "\(nodes(data: 1_000_000_000_000_000, drivesPerNode: 16, driveSize: 15_360_000_000_000, fillPercent: 80).nodes) nodes"
            },
            RuleExample("3 PB of data: 23 nodes cannot form symmetric sets, so 24", expect: "24 nodes") {
                "\(nodes(data: 3_000_000_000_000_000, drivesPerNode: 16, driveSize: 15_360_000_000_000, fillPercent: 80).nodes) nodes"
            },
            RuleExample("1 PB of data when traffic needs 12 servers", expect: "12 nodes") {
                "\(nodes(data: 1_000_000_000_000_000, drivesPerNode: 16, driveSize: 15_360_000_000_000, fillPercent: 80, atLeast: 12).nodes) nodes"
            },
            RuleExample("12 TB of data on 3.84 TB drives", expect: "4 drives per node") {
                "\(drivesPerNode(data: 12_000_000_000_000, driveSize: 3_840_000_000_000, fillPercent: 80)) drives per node"
            },
            RuleExample("1 PB of data on 15.36 TB drives", expect: "16 drives per node") {
                "\(drivesPerNode(data: 1_000_000_000_000_000, driveSize: 15_360_000_000_000, fillPercent: 80)) drives per node"
            },
            RuleExample("10 TB of data", expect: "4 nodes") {
                "\(nodes(data: 10_000_000_000_000, drivesPerNode: 4, driveSize: 3_840_000_000_000, fillPercent: 80).nodes) nodes"
            },
        ])

    /// Drives per node: the fewest, in steps of 4, that hold `data` on no more nodes than 16 drives need.
    /// `trafficServers` gives the servers the lake's traffic needs with a given number of drives each.
    static func drivesPerNode(data: Int, driveSize: Int, fillPercent: Int, parityOverride: Int? = nil,
                              trafficServers: (Int) -> Int = { _ in minimumNodes }) -> Int {
        func servers(_ drives: Int) -> Int {
            nodes(data: data, drivesPerNode: drives, driveSize: driveSize, fillPercent: fillPercent, parityOverride: parityOverride,
                  atLeast: trafficServers(drives)).nodes
        }
        let fewest = servers(maxDrivesPerNode)
        return stride(from: minimumDrivesPerNode, to: maxDrivesPerNode, by: 4).first { servers($0) <= fewest } ?? maxDrivesPerNode
    }

    /// The fewest nodes (at least 4 and at least `atLeast`) whose capacity holds `data` at the fill
    /// target, with the erasure set and parity MinIO would pick for that node count. Searching upward
    /// keeps the answer stable where a different node count changes the set size (7 nodes × 16 drives
    /// gives sets of 14).
    static func nodes(data: Int, drivesPerNode: Int, driveSize: Int, fillPercent: Int, parityOverride: Int? = nil, atLeast: Int = minimumNodes)
        -> (nodes: Int, raw: Int, setSize: Int, parity: Int)
    {
        let perNode = max(1, product(max(1, drivesPerNode), driveSize))
        let bestCase = rawNeeded(data, setSize: 16, parity: 4, fillPercent: fillPercent)
        var nodes = min(maximumSearch, max(minimumNodes, atLeast, IntegerMath.ceilDiv(bestCase, perNode)))
        while true {
            // MinIO refuses layouts it cannot split symmetrically (23 nodes × 16 drives): skip them.
            guard let setSize = MinIOErasureSetRule.setSize(nodes: nodes, drivesPerNode: drivesPerNode) else {
                if nodes >= maximumSearch { return (nodes, 0, 0, 0) }
                nodes += 1
                continue
            }
            let parity = min(parityOverride ?? MinIOParityRule.parity(setSize: setSize), setSize / 2)
            let raw = rawNeeded(data, setSize: setSize, parity: parity, fillPercent: fillPercent)
            if nodes >= IntegerMath.ceilDiv(raw, perNode) || nodes >= maximumSearch { return (nodes, raw, setSize, parity) }
            nodes += 1
        }
    }

    /// Where the node search stops: far beyond any pool (the pool-size warning fires long before).
    static let maximumSearch = 100_000

    /// Raw bytes holding `data` at the fill target in sets of `setSize` at EC:`parity`: data × N / K / fill,
    /// rounded up and saturating like `product`.
    static func rawNeeded(_ data: Int, setSize: Int, parity: Int, fillPercent: Int) -> Int {
        let numerator = setSize * 100, denominator = max(1, setSize - parity) * max(1, fillPercent)
        guard data < saturatedProduct / numerator * denominator else { return saturatedProduct }
        return IntegerMath.scaleUp(data, numerator, denominator)
    }

    /// Where `product` saturates: above any grown data volume (`GrowthCurve.saturated`) and its raw capacity.
    static let saturatedProduct = Int.max / 2

    /// The product of counts and sizes, saturating at `saturatedProduct` instead of overflowing on absurd pins.
    static func product(_ a: Int, _ b: Int, _ c: Int = 1) -> Int { IntegerMath.product(a, b, c, saturatingAt: saturatedProduct) }
}

/// Memory and CPU per MinIO node from the storage it holds.
enum MinIOMemoryRule: SizingRule {
    static let description = RuleDescription(
        id: "minio.memory",
        summary: "Host memory by total storage per host; 8 cores minimum, 16 recommended for 8+ drives.",
        formula: "memory = 8 GiB (≤1 TiB), 16 GiB (≤10 TiB), 32 GiB (≤100 TiB), 64 GiB (≤1 PiB), 128 GiB (>1 PiB); cpu = drives ≥ 8 ? 16 : 8",
        source: "https://min.io/docs/minio/linux/operations/checklists/hardware.html (memory by total host storage, CPU)",
        evidence: .documented,
        examples: [
            RuleExample("16 × 15.36 TB = 245.8 TB per host", expect: "64 GiB, 16 cores") {
                let sized = size(storagePerNode: 16 * 15_360_000_000_000, drives: 16)
                return "\(sized.memory / (1 << 30)) GiB, \(sized.cores) cores"
            },
            RuleExample("4 × 1 TB per host", expect: "16 GiB, 8 cores") {
                let sized = size(storagePerNode: 4_000_000_000_000, drives: 4)
                return "\(sized.memory / (1 << 30)) GiB, \(sized.cores) cores"
            },
        ])

    static func size(storagePerNode: Int, drives: Int) -> (memory: Int, cores: Int) {
        let tib = 1 << 40
        let gib = 1 << 30
        let memory: Int
        switch storagePerNode {
        case ...tib: memory = 8 * gib
        case ...(10 * tib): memory = 16 * gib
        case ...(100 * tib): memory = 32 * gib
        case ...(1_024 * tib): memory = 64 * gib
        default: memory = 128 * gib
        }
        return (memory, drives >= 8 ? 16 : 8)
    }
}

/// Pools to add for a year of growth, and the months until the fill target is reached.
enum MinIOGrowthRule: SizingRule {
    static let description = RuleDescription(
        id: "minio.growth",
        summary: "Capacity grows by adding server pools of the same shape; runway is the months until data reaches the fill target, "
            + "with the other stores' bytes (deep storage, checkpoints, tiered segments) taking their share first.",
        formula: "room = usable × fill − other stores; pools = ⌈max(0, data × (1 + g) − room) / room⌉; runway = min m with data × (1 + g)^(m/12) ≥ room",
        source: "https://github.com/minio/minio/blob/master/docs/distributed/DESIGN.md (server pools) ; sizing-rules §1.3",
        evidence: .documented,
        examples: [
            RuleExample("1 PB stored, 1.5 PB fillable, 40%/year", expect: "0 pools, runway 15 months") {
                let pools = poolsForGrowth(data: 1_000_000_000_000_000, fillable: 1_500_000_000_000_000, growthPercent: 40)
                let months = runwayMonths(data: 1_000_000_000_000_000, fillable: 1_500_000_000_000_000, growthPercent: 40) ?? -1
                return "\(pools) pools, runway \(months) months"
            },
            RuleExample("1 PB stored, 1.1 PB fillable, 50%/year", expect: "1 pools, runway 3 months") {
                let pools = poolsForGrowth(data: 1_000_000_000_000_000, fillable: 1_100_000_000_000_000, growthPercent: 50)
                let months = runwayMonths(data: 1_000_000_000_000_000, fillable: 1_100_000_000_000_000, growthPercent: 50) ?? -1
                return "\(pools) pools, runway \(months) months"
            },
        ])

    static func poolsForGrowth(data: Int, fillable: Int, growthPercent: Int) -> Int {
        let nextYear = IntegerMath.scaleUp(data, 100 + growthPercent, 100)
        return IntegerMath.ceilDiv(max(0, nextYear - fillable), max(1, fillable))
    }

    /// Months until `data` compounding at `growthPercent` a year reaches `fillable`; nil without growth.
    static func runwayMonths(data: Int, fillable: Int, growthPercent: Int, horizon: Int = 1_200) -> Int? {
        GrowthCurve(yearlyPercent: growthPercent).monthsUntil(data, reaches: fillable, within: horizon)
    }
}
