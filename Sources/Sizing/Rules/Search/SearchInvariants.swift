import LakeModel

extension Invariants {
    static func checkSearch(_ search: ResolvedSearch, kind: ComponentKind, _ ledger: Ledger) {
        let k = kind.rawValue
        checkHeap(search.heap, within: search.node, "\(k).heap", ledger)
        if search.heap.value > SearchMemoryRule.heapCap {
            ledger.error("invariant.searchHeapOops", "\(k) heap \(search.heap.memoryText) is above 31 GiB", address: "\(k).heap",
                         notes: ["above ~31 GiB the JVM loses compressed object pointers"])
        }
        if search.heap.value > search.node.memoryLimit.value / 2 {
            ledger.error("invariant.searchHeapShare", "\(k) heap \(search.heap.memoryText) is more than half of \(search.node.memoryLimit.memoryText)",
                         address: "\(k).heap", notes: ["Lucene needs the other half as filesystem cache"])
        }
        let limit = SearchMemoryRule.shardLimit(heap: search.heap.value)
        let perNode = IntegerMath.ceilDiv(search.totalShards, max(1, search.dataNodes))
        if perNode > limit {
            ledger.error("invariant.searchShardsPerNode", "\(k) holds \(perNode) shards per node, above the limit of \(limit)",
                         address: "\(k).nodes", notes: ["at most min(1,000, 20 per GiB of heap) shards per node; add nodes or larger shards"])
        }
        let stored = IntegerMath.ceilDiv(search.indexBytes.value, max(1, search.dataNodes))
        if stored > IntegerMath.percent(search.diskPerNode.value, SearchNodeRule.lowWatermarkPercent) {
            ledger.error("invariant.searchDiskWatermark", "\(k) stores \(Bytes(stored)) per node, above 85% of its \(search.diskPerNode) disk",
                         address: "\(k).diskPerNode", notes: ["past the low watermark no new shards are allocated to the node"])
        }
        let afterLoss = SearchNodeRule.afterLoss(index: search.indexBytes.value, nodes: search.dataNodes)
        if search.dataNodes > 1, afterLoss >= IntegerMath.percent(search.diskPerNode.value, SearchNodeRule.highWatermarkPercent) {
            ledger.error("invariant.searchDiskAfterNodeLoss",
                         "\(k) would store \(Bytes(afterLoss)) per node after losing one of \(search.dataNodes), not under 90% of its \(search.diskPerNode) disk",
                         address: "\(k).diskPerNode", notes: ["past the high watermark shards are pushed off the node; add nodes or disk"])
        }
        if let masters = search.masters { checkHeap(masters.heap, within: masters.resources, "\(k).masterHeap", ledger) }
    }
}
