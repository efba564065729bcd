import LakeModel

/// Packs pod requests into nodes of one shape, first-fit decreasing, keeping room for one extra
/// pod of the largest stateful group so a rolling restart can always reschedule.
enum NodePackingRule: SizingRule {
    /// Node shapes considered, smallest first: (cores, GiB).
    static let shapes: [(cores: Int, gib: Int)] = [(16, 64), (32, 128), (64, 256), (96, 384)]

    static let description = RuleDescription(
        id: "kubernetes.nodes",
        summary: "Nodes per pool: first-fit-decreasing packing of pod requests into allocatable less the DaemonSets' requests, plus room for one more pod of the largest stateful group.",
        formula: "shape = smallest of 16c/64Gi, 32c/128Gi, 64c/256Gi, 96c/384Gi whose allocatable − DaemonSet requests fits the largest pod; nodes = FFD(requests) (+1 when no node has room for a spare stateful pod)",
        constants: [
            RuleConstant("shapes", "16c/64Gi … 96c/384Gi", "common general-purpose node sizes (4 GiB per core)"),
            RuleConstant("spare", "one pod of the largest stateful group", "a rolling restart needs somewhere to reschedule"),
            RuleConstant("DaemonSets", "their requests on every node", "a DaemonSet (node-exporter) runs one pod on each node"),
        ],
        source: "https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/ ; sizing-rules §0.1 (bin-pack requests, keep a spare for rolling restarts)",
        evidence: .documented,
        examples: [
            RuleExample("10 pods of 4 CPU / 16 GiB, stateful", expect: "4 nodes of 16c/64Gi") {
                let packed = pack([Pod(cpu: 4_000, memory: 16 << 30, stateful: true, count: 10)])
                return "\(packed.nodes) nodes of \(packed.shape.cores)c/\(packed.shape.gib)Gi"
            },
            RuleExample("one pod of 40 CPU / 100 GiB", expect: "1 nodes of 64c/256Gi") {
                let packed = pack([Pod(cpu: 40_000, memory: 100 << 30, stateful: false)])
                return "\(packed.nodes) nodes of \(packed.shape.cores)c/\(packed.shape.gib)Gi"
            },
        ])

    /// One pod's requests, and how many identical pods there are.
    struct Pod {
        var cpu: Int
        var memory: Int
        var stateful: Bool
        var count = 1
    }

    /// The packing of a pool: node shape, node count, and what is left free.
    struct Packing {
        var shape: (cores: Int, gib: Int)
        var nodes: Int
        var allocatableCPU: Int
        var allocatableMemory: Int
    }

    /// Nodes with the same room left, in packing order: first fit over them is first fit over each node in turn.
    struct NodeRun {
        var cpu: Int
        var memory: Int
        var count: Int
    }

    /// First-fit decreasing into what each node has left after the DaemonSets' requests (`perNode`).
    /// Identical pods are placed by arithmetic over runs of identical nodes, which gives the same result as placing
    /// them one at a time on one node at a time, in time and memory that grow with the pod groups, not the pods.
    static func pack(_ pods: [Pod], perNode: (cpu: Int, memory: Int) = (0, 0)) -> Packing {
        let shape = shapes.first { shape in
            let node = room(shape, perNode)
            return pods.allSatisfy { $0.cpu <= node.cpu && $0.memory <= node.memory }
        } ?? shapes[shapes.count - 1]
        let allocatable = NodeAllocatableRule.allocatable(cpu: shape.cores * 1_000, memory: shape.gib << 30)
        let node = room(shape, perNode)
        var runs: [NodeRun] = []
        for pod in pods.sorted(by: { ($0.memory, $0.cpu) > ($1.memory, $1.cpu) }) where pod.count > 0 {
            var remaining = pod.count
            var index = 0
            while index < runs.count, remaining > 0 {
                let (filled, placed) = fill(runs[index], with: pod, upTo: remaining)
                runs.replaceSubrange(index...index, with: filled)
                remaining -= placed
                index += filled.count
            }
            // A pod larger than a whole node still gets a node of its own (an invariant reports it).
            let perNode = max(1, capacity((node.cpu, node.memory), for: pod))
            let (full, rest) = remaining.quotientAndRemainder(dividingBy: perNode)
            if full > 0 { runs.append(NodeRun(cpu: node.cpu - perNode * pod.cpu, memory: node.memory - perNode * pod.memory, count: full)) }
            if rest > 0 { runs.append(NodeRun(cpu: node.cpu - rest * pod.cpu, memory: node.memory - rest * pod.memory, count: 1)) }
        }
        if let spare = pods.filter(\.stateful).max(by: { ($0.memory, $0.cpu) < ($1.memory, $1.cpu) }),
           !runs.contains(where: { $0.cpu >= spare.cpu && $0.memory >= spare.memory }) {
            runs.append(NodeRun(cpu: node.cpu, memory: node.memory, count: 1))
        }
        let nodes = runs.reduce(0) { total, run in total.addingReportingOverflow(run.count).overflow ? Int.max : total + run.count }
        return Packing(shape: shape, nodes: nodes, allocatableCPU: allocatable.cpu, allocatableMemory: allocatable.memory)
    }

    /// First fit of up to `limit` copies of `pod` over one run: its first nodes take as many as each holds, the next
    /// takes what is left, the rest stay as they were. Returns the run split that way and how many pods were placed.
    private static func fill(_ run: NodeRun, with pod: Pod, upTo limit: Int) -> (runs: [NodeRun], placed: Int) {
        let each = capacity((run.cpu, run.memory), for: pod)
        guard each > 0 else { return ([run], 0) }
        let (fullNodes, rest) = limit.quotientAndRemainder(dividingBy: each)
        if fullNodes >= run.count {
            return ([NodeRun(cpu: run.cpu - each * pod.cpu, memory: run.memory - each * pod.memory, count: run.count)], each * run.count)
        }
        var split: [NodeRun] = []
        if fullNodes > 0 { split.append(NodeRun(cpu: run.cpu - each * pod.cpu, memory: run.memory - each * pod.memory, count: fullNodes)) }
        var untouched = run.count - fullNodes
        if rest > 0 {
            split.append(NodeRun(cpu: run.cpu - rest * pod.cpu, memory: run.memory - rest * pod.memory, count: 1))
            untouched -= 1
        }
        if untouched > 0 { split.append(NodeRun(cpu: run.cpu, memory: run.memory, count: untouched)) }
        return (split, limit)
    }

    /// A node's allocatable less the DaemonSets' requests.
    private static func room(_ shape: (cores: Int, gib: Int), _ perNode: (cpu: Int, memory: Int)) -> (cpu: Int, memory: Int) {
        let node = NodeAllocatableRule.allocatable(cpu: shape.cores * 1_000, memory: shape.gib << 30)
        return (node.cpu - perNode.cpu, node.memory - perNode.memory)
    }

    /// How many copies of `pod` fit into `room`.
    private static func capacity(_ room: (cpu: Int, memory: Int), for pod: Pod) -> Int {
        guard room.cpu >= 0, room.memory >= 0 else { return 0 }
        return min(pod.cpu > 0 ? room.cpu / pod.cpu : Int.max, pod.memory > 0 ? room.memory / pod.memory : Int.max)
    }
}
