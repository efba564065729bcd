import LakeModel

/// Groups the lake's pods into node pools (storage, stateful data services, stateless compute)
/// and packs each pool; `perNode` are the DaemonSet containers every node runs besides them.
enum NodePoolResolver {
    static func resolve(_ groups: [PodGroup], perNode: [String: Resources] = [:], _ ledger: Ledger) -> [ResolvedNodePool] {
        let daemons = (cpu: perNode.values.reduce(0) { $0 + $1.cpuRequest.value }, memory: perNode.values.reduce(0) { $0 + $1.memoryRequest.value })
        let daemonInputs = perNode.keys.sorted().flatMap { ["parts.\($0).cpu", "parts.\($0).memory"] }
        let pools: [(name: String, groups: [PodGroup])] = [
            // MinIO's servers; its operator is stateless and packs with the compute pods.
            ("storage", groups.filter { $0.component == .minio && $0.stateful }),
            ("data", groups.filter { $0.component != .minio && $0.stateful }),
            ("compute", groups.filter { !$0.stateful }),
        ]
        let resolved: [ResolvedNodePool] = pools.compactMap { pool in
            guard !pool.groups.isEmpty else { return nil }
            let pods = pool.groups.map { group in
                NodePackingRule.Pod(cpu: group.resources.cpuRequest.value, memory: group.resources.memoryRequest.value,
                                    stateful: group.stateful, count: group.replicas)
            }
            let packing = NodePackingRule.pack(pods, perNode: daemons)
            for group in pool.groups where group.resources.cpuRequest.value > packing.allocatableCPU - daemons.cpu
                || group.resources.memoryRequest.value > packing.allocatableMemory - daemons.memory {
                ledger.error("invariant.podTooLarge",
                             "a \(group.name) pod requests \(group.resources.cpuRequest) CPU and \(group.resources.memoryRequest.memoryText), more than the largest node allocates",
                             address: "\(group.name)", notes: ["lower the pinned size or split the work over more replicas"])
            }
            let podCPU = IntegerMath.sum(pods.map { IntegerMath.product($0.cpu, $0.count) })
            let podMemory = IntegerMath.sum(pods.map { IntegerMath.product($0.memory, $0.count) })
            let address = "nodePools.\(pool.name)"
            for group in pool.groups {
                ledger.decide("pods.\(group.name)", .count, by: NodePackingRule.description, inputs: []) {
                    (group.replicas, "\(group.replicas) × \(group.resources.cpuRequest) CPU, \(group.resources.memoryRequest.memoryText) requested by \(group.component.rawValue)")
                }
            }
            let nodes = ledger.decide("\(address).nodes", .count, by: NodePackingRule.description,
                                      inputs: pool.groups.map { "pods.\($0.name)" } + daemonInputs) {
                (packing.nodes, "\(IntegerMath.sum(pods.map(\.count))) pods requesting \(Millicores(podCPU)) CPU and \(Bytes(podMemory).memoryText) "
                    + "into \(packing.shape.cores)c/\(packing.shape.gib)Gi nodes (allocatable \(Millicores(packing.allocatableCPU)) CPU, "
                    + "\(Bytes(packing.allocatableMemory).memoryText), less \(Millicores(daemons.cpu)) CPU and \(Bytes(daemons.memory).memoryText) of DaemonSets) "
                    + "→ \(packing.nodes) nodes")
            }
            let requestedCPU = IntegerMath.sum([podCPU, IntegerMath.product(daemons.cpu, nodes)])
            let requestedMemory = IntegerMath.sum([podMemory, IntegerMath.product(daemons.memory, nodes)])
            ledger.decide("\(address).allocatableMemory", .memory, by: NodeAllocatableRule.description, inputs: []) {
                (packing.allocatableMemory, "\(packing.shape.gib) GiB − reservations − 100 MiB = \(Bytes(packing.allocatableMemory).memoryText)")
            }
            return ResolvedNodePool(
                name: pool.name, nodes: nodes, cpuPerNode: Millicores(packing.shape.cores * 1_000),
                memoryPerNode: Bytes(packing.shape.gib << 30), allocatableCPU: Millicores(packing.allocatableCPU),
                allocatableMemory: Bytes(packing.allocatableMemory), requestedCPU: Millicores(requestedCPU),
                requestedMemory: Bytes(requestedMemory), podGroups: pool.groups.map(\.name))
        }
        ClusterScaleRule.check(resolved, groups: groups, ledger)
        return resolved
    }
}
