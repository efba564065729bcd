import LakeModel

/// Resolves Elasticsearch or OpenSearch: indexed volume, shards, heap, data nodes and disk. Addresses use the kind's name.
enum SearchResolver {
    static func resolve(_ spec: SearchSpec, kind: ComponentKind, _ ledger: Ledger) -> ResolvedSearch {
        let k = kind.rawValue
        let lake = ledger.lake
        let logs = lake.workload.logsPerDay.map { ledger.input("workload.logsPerDay", $0.value, .bytes, reasonKey: "logsPerDay") }
        let components = lake.components.deployed.count
        let daily = ledger.decide("\(k).dailyLogs", .bytes, by: SearchVolumeRule.description,
                                  inputs: logs == nil ? [] : ["workload.logsPerDay"]) {
            let value = SearchVolumeRule.daily(kind: kind, logsPerDay: logs, elasticsearchDeployed: lake.components.elasticsearch != nil,
                                               components: components)
            return (value.bytes, value.platform ? "\(components) components × 2 GB/day = \(Bytes(value.bytes))"
                : "workload logsPerDay \(Bytes(value.bytes))")
        }
        let retention = ledger.setting("\(k).retention", spec.retention.value, default: Seconds.days(30).value, .seconds, "30 days of logs")
        let replicas = ledger.setting("\(k).replicas", spec.replicas, default: 1, .count, "one replica: a shard survives one node")
        let index = ledger.decide("\(k).indexBytes", .bytes, by: SearchIndexRule.description,
                                  inputs: ["\(k).dailyLogs", "\(k).retention", "\(k).replicas"]) {
            let value = SearchIndexRule.indexBytes(daily: daily, retention: retention, replicas: replicas)
            return (value, "\(Bytes(daily)) × \(Seconds(retention)) × \(1 + replicas) × 1.25 = \(Bytes(value))")
        }
        let perIndex = ledger.decide("\(k).primaryShardsPerIndex", .count, by: SearchShardRule.description, inputs: ["\(k).dailyLogs"]) {
            let value = SearchShardRule.perDay(daily: daily)
            return (value, "⌈\(Bytes(daily)) × 1.25 / 30 GB⌉ = \(value) per daily index")
        }
        let primaries = ledger.decide("\(k).primaryShards", .count, by: SearchShardRule.description,
                                      inputs: ["\(k).primaryShardsPerIndex", "\(k).retention"]) {
            let value = SearchShardRule.primaries(daily: daily, retention: retention)
            return (value, "\(perIndex) per daily index × \(Seconds(retention)) = \(value)")
        }
        let (memory, heap, cpu, limit) = nodeShape(kind, ledger)
        let copies = primaries * (1 + replicas)
        let nodes = ledger.decide("\(k).nodes", .count, by: SearchNodeRule.description,
                                  inputs: ["\(k).indexBytes", "\(k).primaryShards", "\(k).replicas", "\(k).memory", "\(k).shardsPerNodeLimit"],
                                  pin: kind == .opensearch ? .opensearchNodes : .elasticsearchNodes) {
            if let given = spec.nodes { return (given, "\(given) from the blueprint") }
            let value = SearchNodeRule.nodes(index: index, copies: copies, memory: memory, shardLimit: limit)
            return (value, "max(3, ⌈\(Bytes(index)) / 85% / (45 × \(ServingUnits.gib(memory)))⌉, ⌈\(copies) copies / \(limit)⌉) = \(value)")
        }
        let disk = ledger.decide("\(k).diskPerNode", .bytes, by: SearchNodeRule.description, inputs: ["\(k).indexBytes", "\(k).nodes"]) {
            let value = SearchNodeRule.diskPerNode(index: index, nodes: nodes)
            return (value, "⌈\(Bytes(index)) / \(nodes)⌉ / 85% = \(Bytes(value))")
        }
        let resources = Resources(cpu: Millicores(cpu), memory: Bytes(memory))
        let pods = pods(spec, kind, nodes: nodes, resources: resources, disk: disk, ledger)
        return ResolvedSearch(dataNodes: nodes, node: resources, heap: Bytes(heap), primaryShards: primaries, replicas: replicas,
                              diskPerNode: Bytes(disk), indexBytes: Bytes(index), pods: pods)
    }
}
