import LakeModel

/// MinIO's erasure-set size for one server pool, ported from MinIO's own selection code.
enum MinIOErasureSetRule: SizingRule {
    /// Set sizes MinIO accepts (`setSizes` in cmd/endpoint-ellipses.go).
    static let allowedSetSizes = Array(2...16)

    static let description = RuleDescription(
        id: "minio.erasureSet",
        summary: "Erasure-set size for a pool of N nodes × D drives, chosen exactly as MinIO's getSetIndexes does.",
        formula: "candidates = divisors of N·D in 2…16 that are symmetric with the host count; set = N·D if below the largest candidate, else the largest candidate",
        constants: [RuleConstant("set sizes", "2…16", "MinIO's supported erasure-set sizes")],
        source: "https://github.com/minio/minio/blob/master/cmd/endpoint-ellipses.go (getSetIndexes, possibleSetCountsWithSymmetry, commonSetDriveCount)",
        evidence: .code,
        examples: [
            RuleExample("4 nodes × 4 drives", expect: "one set of 16") { describe(nodes: 4, drives: 4) },
            RuleExample("16 nodes × 2 drives", expect: "2 sets of 16") { describe(nodes: 16, drives: 2) },
            RuleExample("12 nodes × 1 drive", expect: "one set of 12") { describe(nodes: 12, drives: 1) },
            RuleExample("32 nodes × 32 drives", expect: "64 sets of 16") { describe(nodes: 32, drives: 32) },
            RuleExample("12 nodes × 4 drives", expect: "4 sets of 12") { describe(nodes: 12, drives: 4) },
            RuleExample("1 node × 1 drive", expect: "no erasure set") { describe(nodes: 1, drives: 1) },
        ])

    /// The set size MinIO picks for `http://host{1...nodes}/drive{1...drives}`, or nil when MinIO
    /// would refuse the layout.
    static func setSize(nodes: Int, drivesPerNode drives: Int) -> Int? {
        let total = nodes * drives
        guard total >= allowedSetSizes[0] else { return nil }
        // Ellipses patterns in the order MinIO parses them: last ellipsis first, so the host
        // pattern is the last one seen and decides symmetry (the loop reassigns the flag).
        var patterns: [Int] = []
        if drives > 1 { patterns.append(drives) }
        if nodes > 1 { patterns.append(nodes) }
        let candidates = allowedSetSizes.filter { total % $0 == 0 }
        guard !candidates.isEmpty else { return nil }
        let symmetric = candidates.filter { size in
            guard let decisive = patterns.last else { return true }
            return decisive > size ? decisive % size == 0 : size % decisive == 0
        }
        guard let largest = symmetric.last else { return nil }
        if total < largest { return total }
        var chosen = 0
        var previousRatio = total / symmetric[0]
        for size in symmetric where total % size == 0 && total / size <= previousRatio {
            previousRatio = total / size
            chosen = size
        }
        return allowedSetSizes.contains(chosen) ? chosen : nil
    }

    private static func describe(nodes: Int, drives: Int) -> String {
        guard let size = setSize(nodes: nodes, drivesPerNode: drives) else { return "no erasure set" }
        let sets = nodes * drives / size
        return sets == 1 ? "one set of \(size)" : "\(sets) sets of \(size)"
    }
}

/// MinIO's default parity for the STANDARD storage class, by erasure-set size.
enum MinIOParityRule: SizingRule {
    static let description = RuleDescription(
        id: "minio.parity",
        summary: "Default parity (EC:M) for a set of N drives: MinIO's DefaultParityBlocks.",
        formula: "M = 0 (N=1), 1 (N≤3), 2 (N≤5), 3 (N≤7), 4 (N≥8)",
        source: "https://github.com/minio/minio/blob/master/internal/config/storageclass/storage-class.go (DefaultParityBlocks)",
        evidence: .code,
        examples: [
            RuleExample("a set of 16", expect: "EC:4") { "EC:\(parity(setSize: 16))" },
            RuleExample("a set of 12", expect: "EC:4") { "EC:\(parity(setSize: 12))" },
            RuleExample("a set of 6", expect: "EC:3") { "EC:\(parity(setSize: 6))" },
            RuleExample("a set of 4", expect: "EC:2") { "EC:\(parity(setSize: 4))" },
            RuleExample("a set of 2", expect: "EC:1") { "EC:\(parity(setSize: 2))" },
        ])

    static func parity(setSize: Int) -> Int {
        switch setSize {
        case ...1: 0
        case 2...3: 1
        case 4...5: 2
        case 6...7: 3
        default: 4
        }
    }
}

/// Usable capacity and quorum of an erasure-coded pool.
enum MinIOCapacityRule: SizingRule {
    static let description = RuleDescription(
        id: "minio.capacity",
        summary: "Usable capacity is raw × K/N; read quorum is K drives, write quorum K (+1 when K = M).",
        formula: "usable = raw × (N − M) / N; readQuorum = K; writeQuorum = K + (K == M ? 1 : 0)",
        source: "https://min.io/docs/minio/linux/operations/concepts/erasure-coding.html ; github.com/minio/minio cmd/erasure-metadata.go (objectQuorumFromMeta)",
        evidence: .code,
        examples: [
            RuleExample("1 PB raw in sets of 16 at EC:4", expect: "750 TB") {
                usable(raw: 1_000_000_000_000_000, setSize: 16, parity: 4).description
            },
            RuleExample("a set of 16 at EC:4", expect: "read 12, write 12") {
                let q = quorum(setSize: 16, parity: 4)
                return "read \(q.read), write \(q.write)"
            },
            RuleExample("a set of 8 at EC:4", expect: "read 4, write 5") {
                let q = quorum(setSize: 8, parity: 4)
                return "read \(q.read), write \(q.write)"
            },
        ])

    static func usable(raw: Int, setSize: Int, parity: Int) -> Bytes {
        Bytes(IntegerMath.scale(raw, setSize - parity, setSize))
    }

    static func quorum(setSize: Int, parity: Int) -> (read: Int, write: Int) {
        let data = setSize - parity
        return (data, data == parity ? data + 1 : data)
    }
}
