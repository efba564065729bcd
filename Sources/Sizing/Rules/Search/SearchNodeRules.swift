import LakeModel

/// A search data node's memory, heap, cores and shard budget.
enum SearchMemoryRule: SizingRule {
    static let defaultMemory = 64 << 30
    /// Elasticsearch's own auto-sizing cap, just under the compressed-oops threshold.
    static let heapCap = 31 << 30
    static let shardsPerHeapGiB = 20
    static let maxShardsPerNode = 1_000

    static let description = RuleDescription(
        id: "search.memory",
        summary: "64 GiB data nodes; heap = min(50% of memory, 31 GiB) as Elasticsearch's MachineDependentHeap picks it; "
            + "10 vCPU per 68 GiB; at most min(1,000, 20 × heap GiB) shards per node.",
        formula: "heap = min(memory / 2, 31 GiB); cores = ⌈memory × 10 / 68 GiB⌉; shard limit = min(1,000, 20 × heap GiB)",
        constants: [
            RuleConstant("memory", "64 GiB", "default data-node size"),
            RuleConstant("heap cap", "31 GiB", "MAX_HEAP_SIZE in Elasticsearch's MachineDependentHeap (compressed oops)"),
            RuleConstant("cores", "10 per 68 GiB", "Elastic Cloud's storage-optimized hot profile (68 GB RAM, 10 vCPU)"),
            RuleConstant("shards", "≤ 20 per GiB heap, ≤ 1,000 per node", "the stricter of the ES ≤ 8.2 and ≥ 8.3 limits"),
        ],
        source: "https://github.com/elastic/elasticsearch/blob/main/distribution/tools/server-cli/src/main/java/org/elasticsearch/server/cli/MachineDependentHeap.java ; "
            + "https://www.elastic.co/guide/en/elasticsearch/reference/current/size-your-shards.html",
        evidence: .documented,
        examples: [
            RuleExample("a 64 GiB node", expect: "heap 31 GiB, 10 cores, 620 shards per node") { describe(64 << 30) },
            RuleExample("a 16 GiB node", expect: "heap 8 GiB, 3 cores, 160 shards per node") { describe(16 << 30) },
        ])

    static func heap(memory: Int) -> Int { min(memory / 2, heapCap) }
    static func cores(memory: Int) -> Int { max(1, IntegerMath.scaleUp(memory, 10, 68 << 30)) }
    static func shardLimit(heap: Int) -> Int { min(maxShardsPerNode, shardsPerHeapGiB * (heap >> 30)) }

    private static func describe(_ memory: Int) -> String {
        let heap = heap(memory: memory)
        return "heap \(Bytes(heap).memoryText), \(cores(memory: memory)) cores, \(shardLimit(heap: heap)) shards per node"
    }
}

/// Data nodes: a 3-node quorum, disk under the low watermark, under the high watermark after losing a node, and room for every shard copy.
enum SearchNodeRule: SizingRule {
    static let minimumNodes = 3
    static let lowWatermarkPercent = 85
    static let highWatermarkPercent = 90
    /// Disk per byte of node memory: Elastic Cloud's storage-optimized hot profile (1:45).
    static let diskPerMemory = 45

    static let description = RuleDescription(
        id: "search.dataNodes",
        summary: "Nodes = max(3, disk-bound, shard-bound) on at most 45 × memory of disk per node: in steady state the index stays "
            + "under the 85% low watermark, and after one data node is lost its shards re-replicate onto the others and still stay "
            + "under the 90% high watermark, so a node can fail without shards being pushed off full disks. Disk per node = the "
            + "larger of ⌈index / nodes⌉ / 0.85 and ⌈index / (nodes − 1)⌉ / 0.90, rounded up to whole GiB.",
        formula: "nodes = max(3, ⌈index / 0.85 / (45 × memory)⌉, ⌈index / 0.90 / (45 × memory)⌉ + 1, ⌈copies / shard limit⌉); "
            + "disk = max(⌈index / nodes⌉ / 0.85, ⌈index / (nodes − 1)⌉ / 0.90)",
        constants: [
            RuleConstant("minimum nodes", "3", "a master quorum that survives one node"),
            RuleConstant("low watermark", "85%", "cluster.routing.allocation.disk.watermark.low"),
            RuleConstant("high watermark", "90%", "cluster.routing.allocation.disk.watermark.high: shards relocate away above it"),
            RuleConstant("disk : memory", "45 : 1", "Elastic Cloud storage-optimized hot tier (68x10x45), for ~7–10 days of hot logs"),
        ],
        source: "https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-cluster.html#disk-based-shard-allocation ; "
            + "https://www.elastic.co/guide/en/cloud/current/ec-gcp-configuration-choose.html ; sizing-rules §7.3",
        evidence: .documented,
        examples: [
            RuleExample("75 TB of index, 2,520 shard copies, 64 GiB nodes", expect: "29 nodes, 3.04 TB disk each") {
                describe(index: 75_000_000_000_000, copies: 2_520)
            },
            RuleExample("1.2 TB of index, 60 shard copies, 64 GiB nodes", expect: "3 nodes, 666.79 GB disk each") {
                describe(index: 1_200_000_000_000, copies: 60)
            },
        ])

    static func nodes(index: Int, copies: Int, memory: Int, shardLimit: Int) -> Int {
        let maxDisk = IntegerMath.product(diskPerMemory, memory)
        let steady = IntegerMath.scaleUp(index, 100, max(1, IntegerMath.product(lowWatermarkPercent, maxDisk)))
        let afterLoss = IntegerMath.scaleUp(index, 100, max(1, IntegerMath.product(highWatermarkPercent, maxDisk))) + 1
        return max(minimumNodes, steady, afterLoss, IntegerMath.ceilDiv(copies, max(1, shardLimit)))
    }

    /// Rounded up to whole GiB, the unit volumes are provisioned in; strictly under the high watermark after one loss.
    static func diskPerNode(index: Int, nodes: Int) -> Int {
        let steady = IntegerMath.scaleUp(IntegerMath.ceilDiv(index, max(1, nodes)), 100, lowWatermarkPercent)
        let afterLoss = IntegerMath.scale(afterLoss(index: index, nodes: nodes), 100, highWatermarkPercent) + 1
        return IntegerMath.roundUp(max(steady, afterLoss), toMultipleOf: 1 << 30)
    }

    /// Bytes each surviving node stores once one data node is gone and its shards are re-replicated.
    static func afterLoss(index: Int, nodes: Int) -> Int { IntegerMath.ceilDiv(index, max(1, nodes - 1)) }

    private static func describe(index: Int, copies: Int) -> String {
        let memory = SearchMemoryRule.defaultMemory
        let count = nodes(index: index, copies: copies, memory: memory, shardLimit: SearchMemoryRule.shardLimit(heap: SearchMemoryRule.heap(memory: memory)))
        return "\(count) nodes, \(Bytes(diskPerNode(index: index, nodes: count))) disk each"
    }
}
