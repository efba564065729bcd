import LakeModel

/// Historicals from the segment cache each one's free memory and disk can serve, with every hot segment replica cached.
enum DruidHistoricalRule: SizingRule {
    /// The largest Historical container: a memory-optimised 16-core data server (Druid's example runs 16 vCPU, 122 GiB).
    static let maxMemory = 120 << 30
    /// Free RAM (page cache) per byte of segment cache, in percent.
    static let pageCachePercent = 20
    /// The largest volume a Historical gets: one 3.84 TB NVMe drive.
    static let maxVolume = 3_840_000_000_000
    /// The segment cache's share of its volume; the rest holds the info dir and segments being downloaded.
    static let cacheVolumePercent = 90
    /// The smallest segment cache: room for a new datasource's first segments.
    static let minimumCache = 10_000_000_000
    /// Historicals one Coordinator balances well; above it a warning names the hot retention.
    static let clusterBound = 1_000

    static let description = RuleDescription(
        id: "druid.historicals",
        summary: "A Historical serves segments from its memory-mapped cache: free RAM (container − heap − direct − JVM overhead) "
            + "must be 20% of its cache, and the cache must fit 90% of its volume. Historicals = hot segment bytes at the horizon × "
            + "replicants / the largest cache one 120 GiB Historical serves, at least one per replicant; the replicas then spread "
            + "evenly, so each node's cache, memory and volume are only as large as its share.",
        formula: "limit = min((120 GiB − heap − direct − 1 GiB) / 20%, 90% × 3.84 TB); historicals = max(replicants, ⌈segments × replicants / limit⌉); "
            + "cache = max(10 GB, min(limit, ⌈segments × replicants / historicals⌉)); memory = ⌈heap + direct + 1 GiB + 20% × cache⌉ GiB; "
            + "volume = ⌈cache / 90%⌉ GiB",
        constants: [
            RuleConstant("free RAM : segment cache", "20%", "the ratio Druid's example 16-core data server leaves (basic cluster tuning: "
                             + "query speed depends on free RAM / segment cache)"),
            RuleConstant("largest Historical", "120 GiB", "memory-optimised 16-core server, as Druid's example (122 GiB); two fit a 256 GiB node"),
            RuleConstant("largest volume", "3.84 TB", "one NVMe drive; SSDs are recommended for the segment cache"),
            RuleConstant("cache share of volume", "90%", "rule of thumb: room for segments being downloaded and the info dir"),
            RuleConstant("minimum cache", "10 GB", "rule of thumb for a new datasource's first segments"),
            RuleConstant("cluster bound", "1,000 Historicals", "rule of thumb: the Coordinator balances every segment; above it a warning"),
        ],
        source: "https://druid.apache.org/docs/latest/operations/basic-cluster-tuning (Historical: segment cache size, free system memory) ; "
            + "sizing-rules §6.1 (historicals = segment bytes × replicants / per-node cache)",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("15.4 TB of hot segments, 2 replicants, 16-core Historicals", expect: "57 historicals, 540.35 GB cache, 119 GiB, 601.29 GB volume") {
                describe(segments: 15_400_000_000_000, replicants: 2)
            },
            RuleExample("100 GB of hot segments, 2 replicants", expect: "2 historicals, 100 GB cache, 37 GiB, 111.66 GB volume") {
                describe(segments: 100_000_000_000, replicants: 2)
            },
            RuleExample("1 GB of hot segments, 2 replicants", expect: "2 historicals, 10 GB cache, 21 GiB, 11.81 GB volume") {
                describe(segments: 1_000_000_000, replicants: 2)
            },
        ])

    /// The largest cache one Historical's free memory and volume serve.
    static func cacheLimit(fixedMemory: Int) -> (memory: Int, disk: Int) {
        (IntegerMath.scale(max(0, maxMemory - fixedMemory), 100, pageCachePercent), IntegerMath.percent(maxVolume, cacheVolumePercent))
    }

    static func historicals(segments: Int, replicants: Int, limit: Int) -> Int {
        max(replicants, 1, IntegerMath.scaleUp(segments, max(1, replicants), max(1, limit)))
    }

    static func cache(segments: Int, replicants: Int, historicals: Int, limit: Int) -> Int {
        max(minimumCache, min(limit, IntegerMath.scaleUp(segments, max(1, replicants), max(1, historicals))))
    }

    static func memory(fixedMemory: Int, cache: Int) -> Int {
        IntegerMath.roundUp(fixedMemory + IntegerMath.percent(cache, pageCachePercent), toMultipleOf: ServingUnits.gib)
    }

    static func volume(cache: Int) -> Int {
        IntegerMath.roundUp(IntegerMath.scaleUp(cache, 100, cacheVolumePercent), toMultipleOf: ServingUnits.gib)
    }

    private static func describe(segments: Int, replicants: Int) -> String {
        let fixed = DruidHistoricalMemoryRule.size(cores: DruidHistoricalMemoryRule.cores).fixed
        let bounds = cacheLimit(fixedMemory: fixed)
        let limit = min(bounds.memory, bounds.disk)
        let count = historicals(segments: segments, replicants: replicants, limit: limit)
        let perNode = cache(segments: segments, replicants: replicants, historicals: count, limit: limit)
        return "\(count) historicals, \(Bytes(perNode)) cache, \(Bytes(memory(fixedMemory: fixed, cache: perNode)).memoryText), "
            + "\(Bytes(volume(cache: perNode)).storageText) volume"
    }
}

/// A Historical's heap, processing threads and buffers: the memory that is not page cache.
enum DruidHistoricalMemoryRule: SizingRule {
    static let cores = 16
    static let heapPerCore = 512 << 20
    static let heapCap = 24 << 30
    static let bufferSize = 500 << 20
    /// Metaspace, thread stacks and code cache beside heap and direct memory.
    static let jvmOverhead = 1 << 30

    static let description = RuleDescription(
        id: "druid.historicalMemory",
        summary: "Heap 0.5 GiB per core (≤ 24 GiB, no lookups or on-heap cache); threads = cores − 1; merge buffers = max(2, threads / 4); "
            + "direct = (threads + merge + 1) × 500 MiB; 1 GiB JVM overhead. The rest of the container is page cache (druid.historicals).",
        formula: "heap = min(24 GiB, cores × 0.5 GiB); direct = (threads + merge + 1) × buffer; fixed = heap + direct + 1 GiB",
        constants: [
            RuleConstant("cores", "16", "Druid's example data server (15 processing threads)"),
            RuleConstant("buffer.sizeBytes", "500 MiB", "basic cluster tuning"),
            RuleConstant("JVM overhead", "1 GiB", "rule of thumb: metaspace, threads and code cache"),
        ],
        source: "https://druid.apache.org/docs/latest/operations/basic-cluster-tuning (Historical heap, processing threads, direct memory)",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("16 cores", expect: "heap 8 GiB, 15 threads, 3 merge buffers, direct 9.27 GiB, fixed 18.27 GiB") { describe(cores: 16) },
            RuleExample("64 cores", expect: "heap 24 GiB, 63 threads, 15 merge buffers, direct 38.57 GiB, fixed 63.57 GiB") { describe(cores: 64) },
        ])

    static func size(cores: Int) -> (heap: Int, threads: Int, mergeBuffers: Int, direct: Int, fixed: Int) {
        let heap = min(heapCap, IntegerMath.product(cores, heapPerCore))
        let threads = max(1, cores - 1)
        let merge = max(2, threads / 4)
        let direct = (threads + merge + 1) * bufferSize
        return (heap, threads, merge, direct, heap + direct + jvmOverhead)
    }

    private static func describe(cores: Int) -> String {
        let s = size(cores: cores)
        return "heap \(Bytes(s.heap).memoryText), \(s.threads) threads, \(s.mergeBuffers) merge buffers, "
            + "direct \(Bytes(s.direct).memoryText), fixed \(Bytes(s.fixed).memoryText)"
    }
}
