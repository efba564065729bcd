import LakeModel
@testable import Sizing
import Testing

/// Node packing by counts: a billion pods pack by arithmetic, and runs of identical nodes give exactly what placing
/// every pod on the first node with room gives.
@Suite struct NodePackingTests {
    typealias Pod = NodePackingRule.Pod

    /// First-fit decreasing one pod at a time over one entry per node: the definition the packing must match.
    static func onePodAtATime(_ pods: [Pod], perNode: (cpu: Int, memory: Int)) -> Int {
        let shape = NodePackingRule.pack(pods, perNode: perNode).shape
        let allocatable = NodeAllocatableRule.allocatable(cpu: shape.cores * 1_000, memory: shape.gib << 30)
        let node = (cpu: allocatable.cpu - perNode.cpu, memory: allocatable.memory - perNode.memory)
        var free: [(cpu: Int, memory: Int)] = []
        for pod in pods.sorted(by: { ($0.memory, $0.cpu) > ($1.memory, $1.cpu) }) {
            for _ in 0..<pod.count {
                if let index = free.firstIndex(where: { $0.cpu >= pod.cpu && $0.memory >= pod.memory }) {
                    free[index].cpu -= pod.cpu
                    free[index].memory -= pod.memory
                } else {
                    free.append((node.cpu - pod.cpu, node.memory - pod.memory))
                }
            }
        }
        if let spare = pods.filter(\.stateful).max(by: { ($0.memory, $0.cpu) < ($1.memory, $1.cpu) }),
           !free.contains(where: { $0.cpu >= spare.cpu && $0.memory >= spare.memory }) {
            free.append(node)
        }
        return free.count
    }

    @Test func aBillionReplicasPackByArithmetic() {
        // 16c/64Gi nodes hold three 4-CPU/16-GiB pods; the last node holds one and has room for the spare.
        let packing = NodePackingRule.pack([Pod(cpu: 4_000, memory: 16 << 30, stateful: true, count: 1_000_000_000)])
        #expect(packing.shape.cores == 16)
        #expect(packing.nodes == 333_333_334)
        let full = NodePackingRule.pack([Pod(cpu: 4_000, memory: 16 << 30, stateful: true, count: 999_999_999)])
        #expect(full.nodes == 333_333_333 + 1, "every node is full, so the spare needs a node of its own")
    }

    @Test(arguments: 0..<40)
    func runsOfNodesMatchPlacingPodsOneByOne(seed: Int) {
        let gib = 1 << 30
        // A spread of shapes and counts from the seed, by coprime strides.
        let pods = (0..<(1 + seed % 6)).map { index in
            let mix = seed * 31 + index * 17
            return Pod(cpu: 250 * (1 + mix % 24), memory: gib * (1 + (mix * 7) % 48), stateful: (mix / 3).isMultiple(of: 2),
                       count: (mix * 11) % 41)
        }
        let perNode = seed.isMultiple(of: 2) ? (cpu: 0, memory: 0) : (cpu: 300, memory: gib)
        #expect(NodePackingRule.pack(pods, perNode: perNode).nodes == Self.onePodAtATime(pods, perNode: perNode), "\(pods)")
    }
}
