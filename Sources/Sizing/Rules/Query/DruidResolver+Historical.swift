import LakeModel

extension DruidResolver {
    typealias HistoricalSize = (heap: Int, threads: Int, mergeBuffers: Int, direct: Int, fixed: Int)
    typealias HistoricalTier = (count: Int, size: HistoricalSize, cache: Int, volume: Int, resources: Resources)

    /// Historicals, each one's heap, buffers, segment cache, memory and volume, recorded under `druid.*`.
    static func historicalTier(segments: Int, replicants: Int, _ ledger: Ledger) -> HistoricalTier {
        let s = historicalSize(ledger)
        let rule = DruidHistoricalRule.description
        let bounds = DruidHistoricalRule.cacheLimit(fixedMemory: s.fixed)
        let limit = ledger.decide("druid.segmentCacheLimit", .bytes, by: rule, inputs: ["druid.historicalFixedMemory"]) {
            let value = min(bounds.memory, bounds.disk)
            return (value, "min(memory (120 GiB − \(Bytes(s.fixed).memoryText)) / 20% = \(Bytes(bounds.memory)), "
                + "disk 90% × 3.84 TB = \(Bytes(bounds.disk))) = \(Bytes(value)): \(bounds.memory <= bounds.disk ? "memory" : "disk") binds")
        }
        let count = ledger.decide("druid.historicals", .count, by: rule, inputs: ["druid.hotSegmentBytes", "druid.replicants", "druid.segmentCacheLimit"],
                                  pin: .druidHistoricals) {
            let value = DruidHistoricalRule.historicals(segments: segments, replicants: replicants, limit: limit)
            return Recorded.atLeast((value, "max(\(replicants), ⌈\(Bytes(segments)) × \(replicants) / \(Bytes(limit))⌉) = \(value)"),
                                    recorded: Recorded.group("druid-historical", ledger)?.replicas, .count, what: "Historicals")
        }
        if count > DruidHistoricalRule.clusterBound {
            ledger.warning("druid.historicalsAboveBound",
                           "\(QuantityUnit.count.format(count)) Druid Historicals exceed \(QuantityUnit.count.format(DruidHistoricalRule.clusterBound)): "
                               + "\(Bytes(segments)) of hot segments at the horizon × \(replicants) replicants",
                           address: "druid.historicals",
                           notes: ["shorten druid.hotRetention (older segments stay in deep storage), add a cold tier with a lower "
                                   + "RAM : cache ratio, or pin druid.historicals; or split the datasource over several lakes"])
        }
        let cache = ledger.decide("druid.segmentCachePerHistorical", .bytes, by: rule,
                                  inputs: ["druid.hotSegmentBytes", "druid.replicants", "druid.historicals", "druid.segmentCacheLimit"]) {
            let value = DruidHistoricalRule.cache(segments: segments, replicants: replicants, historicals: count, limit: limit)
            return (value, "max(10 GB, min(\(Bytes(limit)), ⌈\(Bytes(segments)) × \(replicants) / \(count)⌉)) = \(Bytes(value))")
        }
        let memory = ledger.decide("druid.historicalMemory", .memory, by: rule, inputs: ["druid.historicalFixedMemory", "druid.segmentCachePerHistorical"]) {
            let value = DruidHistoricalRule.memory(fixedMemory: s.fixed, cache: cache)
            return (value, "⌈\(Bytes(s.fixed).memoryText) + 20% × \(Bytes(cache))⌉ = \(Bytes(value).memoryText)")
        }
        let volume = ledger.decide("druid.historicalVolume", .bytes, by: rule, inputs: ["druid.segmentCachePerHistorical"]) {
            let value = DruidHistoricalRule.volume(cache: cache)
            return Recorded.atLeast((value, "⌈\(Bytes(cache)) / 90%⌉ = \(Bytes(value).storageText)"),
                                    recorded: Recorded.group("druid-historical", ledger)?.volume?.value, .bytes, what: "per Historical")
        }
        return (count, s, cache, volume, Resources(cpu: .cores(DruidHistoricalMemoryRule.cores), memory: Bytes(memory)))
    }

    /// A Historical's heap, threads, buffers and the memory that is not page cache.
    static func historicalSize(_ ledger: Ledger) -> HistoricalSize {
        let cores = ledger.defaulted("druid.historicalCPU", DruidHistoricalMemoryRule.cores * 1_000, .millicores,
                                     "16-core Historicals, as Druid's example data server") / 1_000
        let s = DruidHistoricalMemoryRule.size(cores: cores)
        let rule = DruidHistoricalMemoryRule.description
        ledger.decide("druid.historicalHeap", .memory, by: rule, inputs: ["druid.historicalCPU"]) {
            (s.heap, "min(24 GiB, \(cores) × 0.5 GiB) = \(Bytes(s.heap).memoryText)")
        }
        ledger.decide("druid.processingThreads", .count, by: rule, inputs: ["druid.historicalCPU"]) { (s.threads, "\(cores) − 1 = \(s.threads)") }
        ledger.decide("druid.mergeBuffers", .count, by: rule, inputs: ["druid.processingThreads"]) {
            (s.mergeBuffers, "max(2, \(s.threads) / 4) = \(s.mergeBuffers)")
        }
        ledger.defaulted("druid.bufferSize", DruidHistoricalMemoryRule.bufferSize, .memory, "druid.processing.buffer.sizeBytes 500 MiB")
        ledger.decide("druid.historicalDirect", .memory, by: rule, inputs: ["druid.processingThreads", "druid.mergeBuffers", "druid.bufferSize"]) {
            (s.direct, "(\(s.threads) + \(s.mergeBuffers) + 1) × 500 MiB = \(Bytes(s.direct).memoryText)")
        }
        ledger.decide("druid.historicalFixedMemory", .memory, by: rule, inputs: ["druid.historicalHeap", "druid.historicalDirect"]) {
            (s.fixed, "\(Bytes(s.heap).memoryText) + \(Bytes(s.direct).memoryText) + 1 GiB JVM overhead = \(Bytes(s.fixed).memoryText)")
        }
        return s
    }
}
