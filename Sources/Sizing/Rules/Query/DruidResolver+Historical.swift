import LakeModel

extension DruidResolver {
    typealias HistoricalSize = (heap: Int, threads: Int, mergeBuffers: Int, direct: Int, container: Int)

    /// A Historical's heap, threads, buffers and container, recorded under `druid.*`.
    static func historicalSize(_ ledger: Ledger) -> (size: HistoricalSize, resources: Resources) {
        let cores = ledger.defaulted("druid.historicalCPU", DruidHistoricalMemoryRule.cores * 1_000, .millicores,
                                     "16-core Historicals, as Druid's example data server") / 1_000
        let s = DruidHistoricalMemoryRule.size(cores: cores, segmentCache: DruidHistoricalRule.segmentCache)
        let rule = DruidHistoricalMemoryRule.description
        ledger.decide("druid.historicalHeap", .bytes, by: rule, inputs: ["druid.historicalCPU"]) {
            (s.heap, "min(24 GiB, \(cores) × 0.5 GiB) = \(ServingUnits.gib(s.heap))")
        }
        ledger.decide("druid.processingThreads", .count, by: rule, inputs: ["druid.historicalCPU"]) { (s.threads, "\(cores) − 1 = \(s.threads)") }
        ledger.decide("druid.mergeBuffers", .count, by: rule, inputs: ["druid.processingThreads"]) {
            (s.mergeBuffers, "max(2, \(s.threads) / 4) = \(s.mergeBuffers)")
        }
        ledger.defaulted("druid.bufferSize", DruidHistoricalMemoryRule.bufferSize, .bytes, "druid.processing.buffer.sizeBytes 500 MiB")
        ledger.decide("druid.historicalDirect", .bytes, by: rule, inputs: ["druid.processingThreads", "druid.mergeBuffers", "druid.bufferSize"]) {
            (s.direct, "(\(s.threads) + \(s.mergeBuffers) + 1) × 500 MiB = \(ServingUnits.mib(s.direct))")
        }
        ledger.decide("druid.historicalMemory", .bytes, by: rule,
                      inputs: ["druid.historicalHeap", "druid.historicalDirect", "druid.segmentCachePerHistorical"]) {
            (s.container, "\(ServingUnits.gib(s.heap)) + \(ServingUnits.mib(s.direct)) + 20% × \(Bytes(DruidHistoricalRule.segmentCache)), "
                + "rounded up = \(ServingUnits.gib(s.container))")
        }
        return (s, Resources(cpu: .cores(cores), memory: Bytes(s.container)))
    }
}
