import LakeModel

/// Historicals needed to hold every hot segment replica in their segment caches.
enum DruidHistoricalRule: SizingRule {
    /// Segment cache per Historical: Druid's example data-server configuration.
    static let segmentCache = 300_000_000_000

    static let description = RuleDescription(
        id: "druid.historicals",
        summary: "Historicals = segment bytes × replicants / 300 GB of segment cache each; at least one per replicant.",
        formula: "historicals = max(replicants, ⌈segments × replicants / segment cache⌉)",
        constants: [RuleConstant("segment cache", "300 GB", "druid.segmentCache.locations maxSize in Druid's example cluster config")],
        source: "https://druid.apache.org/docs/latest/operations/basic-cluster-tuning ; apache/druid examples/conf/druid/cluster/data/historical/runtime.properties",
        evidence: .documented,
        examples: [
            RuleExample("2.592 TB of segments, 2 replicants", expect: "18 historicals") { "\(historicals(segments: 2_592_000_000_000, replicants: 2)) historicals" },
            RuleExample("100 GB of segments, 2 replicants", expect: "2 historicals") { "\(historicals(segments: 100_000_000_000, replicants: 2)) historicals" },
        ])

    static func historicals(segments: Int, replicants: Int) -> Int {
        max(replicants, 1, IntegerMath.scaleUp(segments, replicants, segmentCache))
    }
}

/// A Historical's heap, processing threads, buffers and container memory.
enum DruidHistoricalMemoryRule: SizingRule {
    static let cores = 16
    static let heapPerCore = 512 << 20
    static let heapCap = 24 << 30
    static let bufferSize = 500 << 20
    /// Free RAM kept as page cache, as a share of the segment cache.
    static let pageCachePercent = 20

    static let description = RuleDescription(
        id: "druid.historicalMemory",
        summary: "Heap 0.5 GiB per core (≤ 24 GiB, no lookups or on-heap cache); threads = cores − 1; merge buffers = max(2, threads / 4); "
            + "direct = (threads + merge + 1) × 500 MiB; container = heap + direct + page cache for 20% of the segment cache.",
        formula: "heap = min(24 GiB, cores × 0.5 GiB); direct = (threads + merge + 1) × buffer; container = ⌈heap + direct + 20% × cache⌉ GiB",
        constants: [
            RuleConstant("cores", "16", "Druid's example data server (15 processing threads)"),
            RuleConstant("buffer.sizeBytes", "500 MiB", "basic cluster tuning"),
            RuleConstant("page cache", "20% of segment cache", "the free-RAM : cache ratio Druid's example 16-core data server leaves"),
        ],
        source: "https://druid.apache.org/docs/latest/operations/basic-cluster-tuning (Historical heap, processing threads, direct memory)",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("16 cores, 300 GB cache", expect: "heap 8 GiB, 15 threads, 3 merge buffers, direct 9,500 MiB, container 74 GiB") {
                describe(cores: 16)
            },
            RuleExample("64 cores, 300 GB cache", expect: "heap 24 GiB, 63 threads, 15 merge buffers, direct 39,500 MiB, container 119 GiB") {
                describe(cores: 64)
            },
        ])

    static func size(cores: Int, segmentCache: Int) -> (heap: Int, threads: Int, mergeBuffers: Int, direct: Int, container: Int) {
        let heap = min(heapCap, cores * heapPerCore)
        let threads = max(1, cores - 1)
        let merge = max(2, threads / 4)
        let direct = (threads + merge + 1) * bufferSize
        let container = IntegerMath.roundUp(heap + direct + IntegerMath.percent(segmentCache, pageCachePercent), toMultipleOf: ServingUnits.gib)
        return (heap, threads, merge, direct, container)
    }

    private static func describe(cores: Int) -> String {
        let s = size(cores: cores, segmentCache: DruidHistoricalRule.segmentCache)
        return "heap \(ServingUnits.gib(s.heap)), \(s.threads) threads, \(s.mergeBuffers) merge buffers, "
            + "direct \(ServingUnits.mib(s.direct)), container \(ServingUnits.gib(s.container))"
    }
}
