import LakeModel

/// Trino workers from the bytes the day's queries scan, at a per-core scan rate.
enum TrinoWorkersRule: SizingRule {
    /// Compressed Parquet/ORC scanned per core per second: a rule of thumb to replace with a measurement.
    static let scanRatePerCore = 50_000_000
    /// The working day the day's queries fall into.
    static let busyWindow = 8 * 3_600
    /// Two workers keep queries running through a node drain.
    static let minimumWorkers = 2
    /// Worker memory per core: the general-purpose 4 GiB : 1 vCPU shape.
    static let memoryPerCore = 4 << 30

    static let description = RuleDescription(
        id: "trino.workers",
        summary: "Workers from §5.2's scan formula. Queries/day assumes every concurrency slot runs back-to-back queries of SLA length "
            + "through an 8-hour day, so concurrency and SLA cancel: the cluster must scan the day's bytes within the busy window.",
        formula: "queries/day = C × 8 h / SLA; bytes/query = scanned/day / queries/day; "
            + "workers = max(2, ⌈bytes/query × C / (scan rate/core × cores/worker × SLA)⌉); cores/worker = memory / 4 GiB",
        constants: [
            RuleConstant("scan rate per core", "50 MB/s", "rule of thumb for compressed columnar files on object storage; measure yours"),
            RuleConstant("busy window", "8 h", "rule of thumb: interactive queries fall in a working day"),
            RuleConstant("minimum workers", "2", "a query survives one worker being drained"),
            RuleConstant("memory per core", "4 GiB", "general-purpose node shape: 64 GiB workers get 16 cores"),
        ],
        source: "https://trino.io/docs/current/installation/deployment.html ; sizing-rules §5.2 (no official workers-per-TB table)",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("1 PB scanned a day, 20 concurrent queries, 60 s SLA, 16-core workers", expect: "104.16 GB per query, 44 workers") {
                describe(scanned: 1_000_000_000_000_000, concurrent: 20, sla: 60, cores: 16)
            },
            RuleExample("2 TB scanned a day, 10 concurrent queries, 60 s SLA, 16-core workers", expect: "416.66 MB per query, 2 workers") {
                describe(scanned: 2_000_000_000_000, concurrent: 10, sla: 60, cores: 16)
            },
        ])

    /// Bytes one query scans when `concurrent` slots run queries of `sla` seconds all through the busy window.
    static func bytesPerQuery(scannedPerDay: Int, concurrent: Int, sla: Int) -> Int {
        IntegerMath.scaleUp(scannedPerDay, sla, max(1, concurrent) * busyWindow)
    }

    static func workers(bytesPerQuery: Int, concurrent: Int, coresPerWorker: Int, sla: Int) -> Int {
        let rate = scanRatePerCore * max(1, coresPerWorker) * max(1, sla)
        return max(minimumWorkers, IntegerMath.scaleUp(bytesPerQuery, max(1, concurrent), rate))
    }

    static func cores(memory: Int) -> Int { max(1, memory / memoryPerCore) }

    private static func describe(scanned: Int, concurrent: Int, sla: Int, cores: Int) -> String {
        let perQuery = bytesPerQuery(scannedPerDay: scanned, concurrent: concurrent, sla: sla)
        let count = workers(bytesPerQuery: perQuery, concurrent: concurrent, coresPerWorker: cores, sla: sla)
        return "\(Bytes(perQuery)) per query, \(count) workers"
    }
}
