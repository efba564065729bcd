import LakeModel

/// Packs pod requests into nodes of one shape, first-fit decreasing, keeping room for one extra
/// pod of the largest stateful group so a rolling restart can always reschedule.
enum NodePackingRule: SizingRule {
    /// Node shapes considered, smallest first: (cores, GiB).
    static let shapes: [(cores: Int, gib: Int)] = [(16, 64), (32, 128), (64, 256), (96, 384)]

    static let description = RuleDescription(
        id: "kubernetes.nodes",
        summary: "Nodes per pool: first-fit-decreasing packing of pod requests into allocatable, plus room for one more pod of the largest stateful group.",
        formula: "shape = smallest of 16c/64Gi, 32c/128Gi, 64c/256Gi, 96c/384Gi whose allocatable fits the largest pod; nodes = FFD(requests) (+1 when no node has room for a spare stateful pod)",
        constants: [
            RuleConstant("shapes", "16c/64Gi … 96c/384Gi", "common general-purpose node sizes (4 GiB per core)"),
            RuleConstant("spare", "one pod of the largest stateful group", "a rolling restart needs somewhere to reschedule"),
        ],
        source: "https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/ ; sizing-rules §0.1 (bin-pack requests, keep a spare for rolling restarts)",
        evidence: .documented,
        examples: [
            RuleExample("10 pods of 4 CPU / 16 GiB, stateful", expect: "4 nodes of 16c/64Gi") {
                let pods = Array(repeating: Pod(cpu: 4_000, memory: 16 << 30, stateful: true), count: 10)
                let packed = pack(pods)
                return "\(packed.nodes) nodes of \(packed.shape.cores)c/\(packed.shape.gib)Gi"
            },
            RuleExample("one pod of 40 CPU / 100 GiB", expect: "1 nodes of 64c/256Gi") {
                let packed = pack([Pod(cpu: 40_000, memory: 100 << 30, stateful: false)])
                return "\(packed.nodes) nodes of \(packed.shape.cores)c/\(packed.shape.gib)Gi"
            },
        ])

    /// One pod's requests.
    struct Pod {
        var cpu: Int
        var memory: Int
        var stateful: Bool
    }

    /// The packing of a pool: node shape, node count, and what is left free.
    struct Packing {
        var shape: (cores: Int, gib: Int)
        var nodes: Int
        var allocatableCPU: Int
        var allocatableMemory: Int
    }

    static func pack(_ pods: [Pod]) -> Packing {
        let shape = shapes.first { shape in
            let node = NodeAllocatableRule.allocatable(cpu: shape.cores * 1_000, memory: shape.gib << 30)
            return pods.allSatisfy { $0.cpu <= node.cpu && $0.memory <= node.memory }
        } ?? shapes[shapes.count - 1]
        let node = NodeAllocatableRule.allocatable(cpu: shape.cores * 1_000, memory: shape.gib << 30)
        var free: [(cpu: Int, memory: Int)] = []
        for pod in pods.sorted(by: { ($0.memory, $0.cpu) > ($1.memory, $1.cpu) }) {
            if let index = free.firstIndex(where: { $0.cpu >= pod.cpu && $0.memory >= pod.memory }) {
                free[index].cpu -= pod.cpu
                free[index].memory -= pod.memory
            } else {
                free.append((node.cpu - pod.cpu, node.memory - pod.memory))
            }
        }
        if let spare = pods.filter(\.stateful).max(by: { ($0.memory, $0.cpu) < ($1.memory, $1.cpu) }),
           !free.contains(where: { $0.cpu >= spare.cpu && $0.memory >= spare.memory }) {
            free.append((node.cpu, node.memory))
        }
        return Packing(shape: shape, nodes: free.count, allocatableCPU: node.cpu, allocatableMemory: node.memory)
    }
}
