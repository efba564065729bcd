import LakeModel

extension SearchResolver {
    /// A data node's memory, heap, CPU (millicores) and shard limit, recorded under the kind's name.
    static func nodeShape(_ kind: ComponentKind, _ ledger: Ledger) -> (memory: Int, heap: Int, cpu: Int, shardLimit: Int) {
        let k = kind.rawValue
        let pin: PinKey = kind == .opensearch ? .opensearchMemory : .elasticsearchMemory
        let memory = ledger.decide("\(k).memory", .memory, by: SearchMemoryRule.description, inputs: [], pin: pin) {
            (SearchMemoryRule.defaultMemory, "default \(Bytes(SearchMemoryRule.defaultMemory).memoryText) data node")
        }
        let heap = ledger.decide("\(k).heap", .memory, by: SearchMemoryRule.description, inputs: ["\(k).memory"]) {
            let value = SearchMemoryRule.heap(memory: memory)
            return (value, "min(\(Bytes(memory).memoryText) / 2, 31 GiB) = \(Bytes(value).memoryText)")
        }
        let cpu = ledger.decide("\(k).cpu", .millicores, by: SearchMemoryRule.description, inputs: ["\(k).memory"]) {
            let value = SearchMemoryRule.cores(memory: memory)
            return (value * 1_000, "⌈\(Bytes(memory).memoryText) × 10 / 68 GiB⌉ = \(value) cores")
        }
        let limit = ledger.decide("\(k).shardsPerNodeLimit", .count, by: SearchMemoryRule.description, inputs: ["\(k).heap"]) {
            let value = SearchMemoryRule.shardLimit(heap: heap)
            return (value, "min(1,000, 20 × \(heap >> 30)) = \(value)")
        }
        return (memory, heap, cpu, limit)
    }

    /// Three dedicated masters above the data-node bound, their heap from the retained daily indices.
    static func masters(_ kind: ComponentKind, dataNodes: Int, retention: Int, _ ledger: Ledger) -> ResolvedSearchMasters? {
        let k = kind.rawValue
        let rule = SearchMasterRule.description
        // A running cluster whose data lives in its master-eligible nodes keeps that shape: moving the data into a new
        // release beside dedicated masters is a migration, not growth (issue 14).
        let running = ledger.lake.recorded.map { $0.searchDataNodes[k] != nil && $0.statefulGroups["\(k)-master"] == nil } ?? false
        let wanted = SearchMasterRule.masters(dataNodes: dataNodes)
        let count = ledger.decide("\(k).masterNodes", .count, by: rule, inputs: ["\(k).nodes"]) {
            if wanted > 0, running {
                return (0, "\(dataNodes) data nodes > 5 would get \(wanted) dedicated masters, but the running cluster keeps its data on "
                    + "master-eligible nodes: adding them would move the data to a new release")
            }
            return (wanted, wanted == 0 ? "\(dataNodes) data nodes ≤ 5: they stay master-eligible" : "\(dataNodes) data nodes > 5: \(wanted) dedicated masters")
        }
        if wanted > 0, running {
            ledger.warning("search.mastersNeedMigration",
                           "\(k) grows to \(dataNodes) data nodes, above the 5 that can stay master-eligible, but its running nodes hold the data",
                           address: "\(k).masterNodes",
                           notes: ["plan the move to dedicated masters as its own change: add a data node group, let shards relocate to it, "
                               + "then make the old group masters only"])
        }
        if dataNodes > SearchMasterRule.maxDataNodes {
            ledger.warning("search.dataNodeBound",
                           "\(k) needs \(QuantityUnit.count.format(dataNodes)) data nodes, more than the \(QuantityUnit.count.format(SearchMasterRule.maxDataNodes)) one cluster should carry",
                           address: "\(k).nodes",
                           notes: ["shorten \(k).retention (roll old indices to snapshots on MinIO), pin larger nodes (\(k).memory), "
                               + "or split the logs over several clusters"])
        }
        guard count > 0 else { return nil }
        let indices = max(1, IntegerMath.ceilDiv(retention, 86_400))
        let heap = ledger.decide("\(k).masterHeap", .memory, by: rule, inputs: ["\(k).retention"]) {
            let value = SearchMasterRule.heap(indices: indices)
            return (value, "max(2 GiB, ⌈\(indices) daily indices / 3,000⌉ GiB) = \(Bytes(value).memoryText)")
        }
        let memory = ledger.decide("\(k).masterMemory", .memory, by: rule, inputs: ["\(k).masterHeap"]) {
            (2 * heap, "2 × \(Bytes(heap).memoryText) = \(Bytes(2 * heap).memoryText)")
        }
        let cpu = ledger.decide("\(k).masterCPU", .millicores, by: rule, inputs: ["\(k).masterMemory"]) {
            let cores = SearchMasterRule.cores(memory: memory)
            return (cores * 1_000, "⌈\(Bytes(memory).memoryText) / 4 GiB⌉ = \(cores) cores")
        }
        let resources = Resources(cpu: Millicores(cpu), memory: Bytes(memory))
        return ResolvedSearchMasters(count: count, resources: resources, heap: Bytes(heap), volume: Bytes(SearchMasterRule.volume))
    }

    /// Data nodes, dedicated masters if any and, when enabled, the dashboards pod.
    static func pods(_ spec: SearchSpec, _ kind: ComponentKind, nodes: Int, resources: Resources, disk: Int, masters: ResolvedSearchMasters?,
                     _ ledger: Ledger) -> [PodGroup] {
        let k = kind.rawValue
        var pods = [PodGroup(name: "\(k)-data", component: kind, replicas: nodes, resources: resources, storagePerReplica: Bytes(disk), stateful: true)]
        if let masters {
            pods.append(PodGroup(name: "\(k)-master", component: kind, replicas: masters.count, resources: masters.resources,
                                 storagePerReplica: masters.volume, stateful: true))
        }
        if spec.dashboards {
            let memory = ledger.decide("\(k).dashboardsMemory", .memory, by: SearchDashboardsRule.description, inputs: []) {
                (SearchDashboardsRule.memory, "ECK's default \(Bytes(SearchDashboardsRule.memory).memoryText)")
            }
            let dashboards = Resources(cpu: Millicores(SearchDashboardsRule.cpu), memory: Bytes(memory))
            pods.append(PodGroup(name: "\(k)-dashboards", component: kind, replicas: 1, resources: dashboards, stateful: false))
        }
        return pods
    }
}
