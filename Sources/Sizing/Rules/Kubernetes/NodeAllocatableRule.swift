import LakeModel

/// What pods can request on a node: capacity minus the provider's kube/system reservation and the
/// kubelet's hard eviction threshold (GKE's published reservation model).
enum NodeAllocatableRule: SizingRule {
    static let evictionThreshold = 100 << 20

    static let description = RuleDescription(
        id: "kubernetes.allocatable",
        summary: "Allocatable = capacity − reserved − eviction threshold, with GKE's tiered reservations.",
        formula: "memory reserved = 25% of the first 4 GiB + 20% of the next 4 + 10% of the next 8 + 6% of the next 112 + 2% above 128 GiB, + 100 MiB eviction; "
            + "CPU reserved = 6% of core 1 + 1% of core 2 + 0.5% of cores 3–4 + 0.25% of each core above 4",
        constants: [RuleConstant("eviction threshold", "100 MiB", "kubelet default memory.available<100Mi")],
        source: "https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes ; https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/",
        evidence: .documented,
        examples: [
            RuleExample("a 16-core, 64 GiB node", expect: "15890m CPU, 58.42 GiB allocatable") {
                let node = allocatable(cpu: 16_000, memory: 64 << 30)
                return "\(node.cpu)m CPU, \(Bytes(node.memory).memoryText) allocatable"
            },
            RuleExample("a 4-core, 16 GiB node", expect: "3920m CPU, 13.3 GiB allocatable") {
                let node = allocatable(cpu: 4_000, memory: 16 << 30)
                return "\(node.cpu)m CPU, \(Bytes(node.memory).memoryText) allocatable"
            },
        ])

    /// Allocatable millicores and bytes of a node with `cpu` millicores and `memory` bytes.
    static func allocatable(cpu: Int, memory: Int) -> (cpu: Int, memory: Int) {
        (cpu - reservedCPU(cpu), memory - reservedMemory(memory) - evictionThreshold)
    }

    static func reservedMemory(_ memory: Int) -> Int {
        let gib = 1 << 30
        let tiers: [(size: Int, percent: Int)] = [(4 * gib, 25), (4 * gib, 20), (8 * gib, 10), (112 * gib, 6), (Int.max / 2, 2)]
        var remaining = memory
        var reserved = 0
        for tier in tiers where remaining > 0 {
            let slice = min(remaining, tier.size)
            reserved += IntegerMath.scale(slice, tier.percent, 100)
            remaining -= slice
        }
        return reserved
    }

    /// Reserved millicores, computed in thousandths of a millicore to keep the 0.25% tier exact.
    static func reservedCPU(_ cpu: Int) -> Int {
        let tiers: [(size: Int, perMille: Int)] = [(1_000, 60), (1_000, 10), (2_000, 5), (Int.max / 2, 2)]
        var remaining = cpu
        var reservedMicro = 0
        for (index, tier) in tiers.enumerated() where remaining > 0 {
            let slice = min(remaining, tier.size)
            // The last tier is 0.25% = 2.5‰; the others are whole per-mille values.
            reservedMicro += index == 3 ? slice * 25 / 10 : slice * tier.perMille
            remaining -= slice
        }
        return IntegerMath.ceilDiv(reservedMicro, 1_000)
    }
}
