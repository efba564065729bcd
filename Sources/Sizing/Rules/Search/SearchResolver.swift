import LakeModel

/// Resolves Elasticsearch or OpenSearch: indexed volume at the horizon, shards, heap, data nodes, disk and masters.
/// Addresses use the kind's name.
enum SearchResolver {
    /// `pods` counts the lake's other running pods, whose logs OpenSearch indexes as the platform's logging.
    static func resolve(_ spec: SearchSpec, kind: ComponentKind, pods podCount: Int, _ ledger: Ledger) -> ResolvedSearch {
        let k = kind.rawValue
        let daily = dailyLogs(kind, pods: podCount, ledger)
        let retention = ledger.setting("\(k).retention", spec.retention.value, default: Seconds.days(30).value, .seconds, "30 days of logs")
        let replicas = ledger.setting("\(k).replicas", spec.replicas, default: 1, .count, "one replica: a shard survives one node")
        let index = ledger.decide("\(k).indexBytes", .bytes, by: SearchIndexRule.description,
                                  inputs: ["\(k).dailyLogs", "\(k).retention", "\(k).replicas"]) {
            let value = SearchIndexRule.indexBytes(daily: daily, retention: retention, replicas: replicas)
            return (value, "\(Bytes(daily)) × \(Seconds(retention)) × \(1 + replicas) × 1.25 = \(Bytes(value))")
        }
        let recorded = ledger.lake.recorded
        let perIndex = ledger.decide("\(k).primaryShardsPerIndex", .count, by: SearchShardRule.description, inputs: ["\(k).dailyLogs"]) {
            let value = SearchShardRule.perDay(daily: daily)
            let sized = "⌈\(Bytes(daily)) × 1.25 / 30 GB⌉ = \(value) per daily index"
            guard let kept = recorded?.searchPrimaryShards?[k] else { return (value, sized) }
            return (kept, "\(sized); the running index template has \(kept), kept: a template's primaries change only by reindexing")
        }
        let primaries = ledger.decide("\(k).primaryShards", .count, by: SearchShardRule.description,
                                      inputs: ["\(k).primaryShardsPerIndex", "\(k).retention"]) {
            let value = SearchShardRule.primaries(perIndex: perIndex, retention: retention)
            return (value, "\(perIndex) per daily index × \(Seconds(retention)) = \(value)")
        }
        let (memory, heap, cpu, limit) = nodeShape(kind, ledger)
        let copies = IntegerMath.product(primaries, 1 + replicas)
        let nodes = ledger.decide("\(k).nodes", .count, by: SearchNodeRule.description,
                                  inputs: ["\(k).indexBytes", "\(k).primaryShards", "\(k).replicas", "\(k).memory", "\(k).shardsPerNodeLimit"],
                                  pin: kind == .opensearch ? .opensearchNodes : .elasticsearchNodes) {
            if let given = spec.nodes { return (given, "\(given) from the blueprint") }
            let value = SearchNodeRule.nodes(index: index, copies: copies, memory: memory, shardLimit: limit)
            return Recorded.atLeast((value, "max(3, ⌈\(Bytes(index)) / 85% / (45 × \(Bytes(memory).memoryText))⌉, "
                + "⌈\(Bytes(index)) / 90% / (45 × \(Bytes(memory).memoryText))⌉ + 1, ⌈\(copies) copies / \(limit)⌉) = \(value)"),
                recorded: recorded?.searchDataNodes[k], .count, what: "data nodes")
        }
        let disk = ledger.decide("\(k).diskPerNode", .bytes, by: SearchNodeRule.description, inputs: ["\(k).indexBytes", "\(k).nodes"]) {
            let value = SearchNodeRule.diskPerNode(index: index, nodes: nodes)
            return Recorded.atLeast((value, "max(⌈\(Bytes(index)) / \(nodes)⌉ / 85%, ⌈\(Bytes(index)) / \(max(1, nodes - 1))⌉ / 90%) = \(Bytes(value))"),
                                    recorded: Recorded.group("\(k)-data", ledger)?.volume?.value, .bytes, what: "per data node")
        }
        let resources = Resources(cpu: Millicores(cpu), memory: Bytes(memory))
        let masters = masters(kind, dataNodes: nodes, retention: retention, ledger)
        return ResolvedSearch(dataNodes: nodes, node: resources, heap: Bytes(heap), primaryShards: primaries, primaryShardsPerIndex: perIndex, replicas: replicas,
                              diskPerNode: Bytes(disk), indexBytes: Bytes(index), masters: masters,
                              pods: pods(spec, kind, nodes: nodes, resources: resources, disk: disk, masters: masters, ledger))
    }

    /// The daily log volume at the planning horizon: the workload's logs, or the platform's from its pod count.
    static func dailyLogs(_ kind: ComponentKind, pods: Int, _ ledger: Ledger) -> Int {
        let k = kind.rawValue
        let workload = ledger.lake.workload
        let logs = workload.logsPerDay.map { ledger.input("workload.logsPerDay", $0.value, .bytes, reasonKey: "logsPerDay") }
        let today = SearchVolumeRule.today(kind: kind, logsPerDay: logs, elasticsearchDeployed: ledger.lake.components.elasticsearch != nil, pods: pods)
        var inputs = ["workload.horizon", "workload.yearlyGrowth"]
        if today.platform {
            ledger.decide("\(k).loggingPods", .count, by: SearchVolumeRule.description, inputs: []) {
                (pods, "\(pods) running pods of the lake's other components")
            }
            inputs.append("\(k).loggingPods")
        } else {
            inputs.append("workload.logsPerDay")
        }
        let horizon = ledger.input("workload.horizon", workload.horizonMonths, .count)
        let growth = ledger.input("workload.yearlyGrowth", workload.yearlyGrowthPercent, .percent, reasonKey: "yearlyGrowthPercent")
        return ledger.decide("\(k).dailyLogs", .bytes, by: SearchVolumeRule.description, inputs: inputs) {
            let value = workload.atHorizon(today.bytes)
            let source = today.platform ? "\(pods) pods × 500 MB/day = \(Bytes(today.bytes))" : "workload logsPerDay \(Bytes(today.bytes))"
            return (value, "\(source), grown \(growth)%/year for \(horizon) months = \(Bytes(value))")
        }
    }
}
