import LakeModel

extension TrinoResolver {
    /// Concurrent queries: the blueprint's, else a share of the active users, else the default.
    static func concurrency(_ workload: WorkloadSpec, _ ledger: Ledger) -> Int {
        if let given = workload.concurrentQueries {
            return ledger.input("workload.concurrentQueries", given, .count, reasonKey: "concurrentQueries")
        }
        let users = workload.activeUsers.map { ledger.input("workload.activeUsers", $0, .count, reasonKey: "activeUsers") }
        return ledger.decide("workload.concurrentQueries", .count, by: TrinoConcurrencyRule.description,
                             inputs: users == nil ? [] : ["workload.activeUsers"]) {
            let value = TrinoConcurrencyRule.concurrency(given: nil, users: users)
            return (value, users.map { "⌈\(QuantityUnit.count.format($0)) users × 1%⌉ = \(value)" } ?? "no users given: \(value) queries at once")
        }
    }

    /// Workers from the memory bound and the scan bound, each recorded so `explain` shows which one binds.
    static func workers(concurrent: Int, scanned: Int, sla: Int, cores: Int, pool: Int, _ ledger: Ledger) -> Int {
        let rule = TrinoWorkersRule.description
        let memoryBound = ledger.decide("trino.workers.memoryBound", .count, by: rule,
                                        inputs: ["workload.concurrentQueries", "trino.workerHeap", "trino.heapHeadroomPerNode"]) {
            let value = TrinoWorkersRule.memoryBound(concurrent: concurrent, pool: pool)
            return (value, "⌈\(QuantityUnit.count.format(concurrent)) queries × 2 GiB / \(Bytes(pool).memoryText) pool per worker⌉ = \(value)")
        }
        let perSLA = TrinoWorkersRule.bytesPerSLA(scannedPerDay: scanned, sla: sla)
        let scanBound = ledger.decide("trino.workers.scanBound", .count, by: rule,
                                      inputs: ["workload.scannedPerDay", "trino.querySLA", "trino.workerCPU"]) {
            let value = TrinoWorkersRule.scanBound(bytesPerSLA: perSLA, coresPerWorker: cores, sla: sla)
            return (value, "bytes per SLA = \(Bytes(scanned)) × \(sla)s / 8 h = \(Bytes(perSLA)); "
                + "⌈\(Bytes(perSLA)) / (50 MB/s × \(cores) cores × \(sla)s)⌉ = \(value)")
        }
        let workers = ledger.decide("trino.workers", .count, by: rule, inputs: ["trino.workers.memoryBound", "trino.workers.scanBound"],
                                    pin: .trinoWorkers) {
            let value = TrinoWorkersRule.workers(memoryBound: memoryBound, scanBound: scanBound)
            let binding = value == memoryBound ? "memory binds" : value == scanBound ? "scan binds" : "the minimum of 2 binds"
            return (value, "max(2, memory \(memoryBound), scan \(scanBound)) = \(value): \(binding)")
        }
        if workers > TrinoWorkersRule.clusterBound {
            let cause = memoryBound >= scanBound
                ? "\(QuantityUnit.count.format(concurrent)) concurrent queries × 2 GiB need \(QuantityUnit.count.format(memoryBound)) workers"
                : "\(Bytes(scanned)) scanned a day needs \(QuantityUnit.count.format(scanBound)) workers"
            ledger.warning("trino.workersAboveBound",
                           "\(QuantityUnit.count.format(workers)) Trino workers exceed the \(QuantityUnit.count.format(TrinoWorkersRule.clusterBound)) one coordinator schedules well: \(cause)",
                           address: "trino.workers",
                           notes: ["split the queries over several Trino clusters (by team or catalog), cap concurrency with resource groups, "
                                   + "or pin trino.workers / trino.workerMemory"])
        }
        return workers
    }
}
