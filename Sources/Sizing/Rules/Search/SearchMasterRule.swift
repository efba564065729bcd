import LakeModel

/// Dedicated master nodes once a cluster has more data nodes than its data nodes should also coordinate.
enum SearchMasterRule: SizingRule {
    /// Data nodes that may still be master-eligible themselves.
    static let maxDataNodesWithoutMasters = 5
    static let masters = 3
    static let indicesPerHeapGiB = 3_000
    static let minimumHeap = 2 << 30
    static let volume = 10 << 30
    /// Data nodes above which one cluster's state and recoveries get unwieldy.
    static let maxDataNodes = 1_000

    static let description = RuleDescription(
        id: "search.masterNodes",
        summary: "From 6 data nodes the cluster gets 3 dedicated master nodes (as Elastic Cloud adds a master tier from six nodes) "
            + "and data nodes lose the master role, so a busy data node never stalls cluster-state updates. Master heap = 1 GiB per "
            + "3,000 indices (one index per retained day), at least 2 GiB, in a container twice the heap; 1 core per 4 GiB; 10 GiB "
            + "for the cluster state. Above 1,000 data nodes a warning names the levers.",
        formula: "masters = 3 if data nodes > 5 else 0; heap = max(2 GiB, ⌈indices / 3,000⌉ GiB); memory = 2 × heap; cores = ⌈memory / 4 GiB⌉",
        constants: [
            RuleConstant("dedicated from", "6 data nodes", "Elastic Cloud adds dedicated master nodes from six Elasticsearch nodes"),
            RuleConstant("masters", "3", "a quorum that survives one master (AWS: three dedicated master nodes)"),
            RuleConstant("heap", "1 GiB per 3,000 indices, ≥ 2 GiB", "Elastic's size-your-shards guidance for master nodes; sizing-rules §7.2"),
            RuleConstant("volume", "10 GiB", "rule of thumb: masters keep only the cluster state"),
            RuleConstant("data-node bound", "1,000", "rule of thumb: beyond it split the cluster (cross-cluster search) or shorten hot retention"),
        ],
        source: "https://www.elastic.co/guide/en/cloud/current/ec-customize-deployment-components.html (dedicated master nodes) ; "
            + "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-dedicatedmasternodes.html ; "
            + "https://www.elastic.co/guide/en/elasticsearch/reference/current/size-your-shards.html",
        evidence: .documented,
        examples: [
            RuleExample("5 data nodes, 30 daily indices", expect: "no dedicated masters") { describe(dataNodes: 5, indices: 30) },
            RuleExample("15 data nodes, 30 daily indices", expect: "3 masters, heap 2 GiB, 4 GiB, 1 core") { describe(dataNodes: 15, indices: 30) },
            RuleExample("1,700 data nodes, 9,000 indices", expect: "3 masters, heap 3 GiB, 6 GiB, 2 cores") { describe(dataNodes: 1_700, indices: 9_000) },
        ])

    static func masters(dataNodes: Int) -> Int { dataNodes > maxDataNodesWithoutMasters ? masters : 0 }
    static func heap(indices: Int) -> Int { max(minimumHeap, IntegerMath.ceilDiv(indices, indicesPerHeapGiB) << 30) }
    static func cores(memory: Int) -> Int { IntegerMath.ceilDiv(memory, 4 << 30) }

    private static func describe(dataNodes: Int, indices: Int) -> String {
        let count = masters(dataNodes: dataNodes)
        guard count > 0 else { return "no dedicated masters" }
        let heap = heap(indices: indices)
        return "\(count) masters, heap \(Bytes(heap).memoryText), \(Bytes(2 * heap).memoryText), \(cores(memory: 2 * heap)) core\(cores(memory: 2 * heap) == 1 ? "" : "s")"
    }
}
