import LakeModel

/// Trino workers: enough query memory for the concurrent queries and enough cores to scan the busy window's bytes within the SLA.
enum TrinoWorkersRule: SizingRule {
    /// Compressed Parquet/ORC scanned per core per second: a rule of thumb to replace with a measurement.
    static let scanRatePerCore = 50_000_000
    /// The working day the day's queries fall into.
    static let busyWindow = 8 * 3_600
    /// Two workers keep queries running through a node drain.
    static let minimumWorkers = 2
    /// Worker memory per core: the general-purpose 4 GiB : 1 vCPU shape.
    static let memoryPerCore = 4 << 30
    /// Workers one coordinator schedules well; above it a warning suggests splitting the cluster.
    static let clusterBound = 1_000
    /// Peak user memory of one interactive query (joins and aggregations), far below the 20 GB `query.max-memory` cap.
    static let memoryPerQuery = 2 << 30

    static let description = RuleDescription(
        id: "trino.workers",
        summary: "Workers = the larger of two bounds, at least 2. Memory: every concurrent query holds its join and aggregation state "
            + "in the workers' memory pools (heap − heap headroom). Scan (§5.2): the bytes one SLA of the busy window scans, "
            + "at a per-core scan rate, within the SLA.",
        formula: "memory bound = ⌈C × memory/query / (heap − headroom)⌉; "
            + "scan bound = ⌈(scanned/day × SLA / 8 h) / (scan rate/core × cores/worker × SLA)⌉; "
            + "workers = max(2, memory bound, scan bound); cores/worker = memory / 4 GiB",
        constants: [
            RuleConstant("memory per query", "2 GiB", "rule of thumb for an interactive query's peak user memory; "
                             + "query.max-memory (20 GB by default) is the cap, not the typical query"),
            RuleConstant("scan rate per core", "50 MB/s", "rule of thumb for compressed columnar files on object storage; measure yours"),
            RuleConstant("busy window", "8 h", "rule of thumb: interactive queries fall in a working day"),
            RuleConstant("minimum workers", "2", "a query survives one worker being drained"),
            RuleConstant("cluster bound", "1,000 workers", "rule of thumb: one coordinator plans and tracks every task; above it a warning"),
            RuleConstant("memory per core", "4 GiB", "general-purpose node shape: 64 GiB workers get 16 cores"),
        ],
        source: "https://trino.io/docs/current/admin/properties-resource-management.html (memory pool = heap − memory.heap-headroom-per-node) ; "
            + "https://trino.io/docs/current/installation/deployment.html ; sizing-rules §5.1, §5.2 (no official workers-per-TB table)",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("200 concurrent queries, 100 TB scanned a day, 30 s SLA, 64 GiB workers (36,700 MiB pool, 16 cores)",
                        expect: "memory 12, scan 5: 12 workers") {
                describe(concurrent: 200, scanned: 100_000_000_000_000, sla: 30, pool: 36_700 << 20, cores: 16)
            },
            RuleExample("4,000 concurrent queries, same lake", expect: "memory 224, scan 5: 224 workers") {
                describe(concurrent: 4_000, scanned: 100_000_000_000_000, sla: 30, pool: 36_700 << 20, cores: 16)
            },
            RuleExample("10 concurrent queries, 1 PB scanned a day, 60 s SLA, 64 GiB workers", expect: "memory 1, scan 44: 44 workers") {
                describe(concurrent: 10, scanned: 1_000_000_000_000_000, sla: 60, pool: 36_700 << 20, cores: 16)
            },
        ])

    /// Workers whose memory pools hold `concurrent` queries of `memoryPerQuery` each.
    static func memoryBound(concurrent: Int, pool: Int) -> Int {
        IntegerMath.scaleUp(max(0, concurrent), memoryPerQuery, max(1, pool))
    }

    /// The bytes the cluster scans in one SLA of the busy window.
    static func bytesPerSLA(scannedPerDay: Int, sla: Int) -> Int { IntegerMath.scaleUp(scannedPerDay, max(1, sla), busyWindow) }

    /// Workers whose cores scan `bytesPerSLA` within `sla` seconds.
    static func scanBound(bytesPerSLA: Int, coresPerWorker: Int, sla: Int) -> Int {
        IntegerMath.ceilDiv(bytesPerSLA, IntegerMath.product(scanRatePerCore, max(1, coresPerWorker), max(1, sla)))
    }

    static func workers(memoryBound: Int, scanBound: Int) -> Int { max(minimumWorkers, memoryBound, scanBound) }

    static func cores(memory: Int) -> Int { max(1, memory / memoryPerCore) }

    private static func describe(concurrent: Int, scanned: Int, sla: Int, pool: Int, cores: Int) -> String {
        let memory = memoryBound(concurrent: concurrent, pool: pool)
        let scan = scanBound(bytesPerSLA: bytesPerSLA(scannedPerDay: scanned, sla: sla), coresPerWorker: cores, sla: sla)
        return "memory \(memory), scan \(scan): \(workers(memoryBound: memory, scanBound: scan)) workers"
    }
}
