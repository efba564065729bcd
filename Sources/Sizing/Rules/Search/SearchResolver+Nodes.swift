import LakeModel

extension SearchResolver {
    /// A data node's memory, heap, CPU (millicores) and shard limit, recorded under the kind's name.
    static func nodeShape(_ kind: ComponentKind, _ ledger: Ledger) -> (memory: Int, heap: Int, cpu: Int, shardLimit: Int) {
        let k = kind.rawValue
        let pin: PinKey = kind == .opensearch ? .opensearchMemory : .elasticsearchMemory
        let memory = ledger.decide("\(k).memory", .bytes, by: SearchMemoryRule.description, inputs: [], pin: pin) {
            (SearchMemoryRule.defaultMemory, "default \(ServingUnits.gib(SearchMemoryRule.defaultMemory)) data node")
        }
        let heap = ledger.decide("\(k).heap", .bytes, by: SearchMemoryRule.description, inputs: ["\(k).memory"]) {
            let value = SearchMemoryRule.heap(memory: memory)
            return (value, "min(\(ServingUnits.gib(memory)) / 2, 31 GiB) = \(ServingUnits.mib(value))")
        }
        let cpu = ledger.decide("\(k).cpu", .millicores, by: SearchMemoryRule.description, inputs: ["\(k).memory"]) {
            let value = SearchMemoryRule.cores(memory: memory)
            return (value * 1_000, "⌈\(ServingUnits.gib(memory)) × 10 / 68 GiB⌉ = \(value) cores")
        }
        let limit = ledger.decide("\(k).shardsPerNodeLimit", .count, by: SearchMemoryRule.description, inputs: ["\(k).heap"]) {
            let value = SearchMemoryRule.shardLimit(heap: heap)
            return (value, "min(1,000, 20 × \(heap >> 30)) = \(value)")
        }
        return (memory, heap, cpu, limit)
    }

    /// Data nodes and, when enabled, the dashboards pod.
    static func pods(_ spec: SearchSpec, _ kind: ComponentKind, nodes: Int, resources: Resources, disk: Int, _ ledger: Ledger) -> [PodGroup] {
        let k = kind.rawValue
        var pods = [PodGroup(name: "\(k)-data", component: kind, replicas: nodes, resources: resources, storagePerReplica: Bytes(disk), stateful: true)]
        if spec.dashboards {
            let memory = ledger.decide("\(k).dashboardsMemory", .bytes, by: SearchDashboardsRule.description, inputs: []) {
                (SearchDashboardsRule.memory, "ECK's default \(ServingUnits.gib(SearchDashboardsRule.memory))")
            }
            let dashboards = Resources(cpu: Millicores(SearchDashboardsRule.cpu), memory: Bytes(memory))
            pods.append(PodGroup(name: "\(k)-dashboards", component: kind, replicas: 1, resources: dashboards, stateful: false))
        }
        return pods
    }
}
