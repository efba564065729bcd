import LakeModel

/// Resolves Trino: workers from the daily scan, worker and coordinator memory, and the query-memory properties.
enum TrinoResolver {
    static let defaultConcurrentQueries = 10
    /// Without a scan volume, partition-pruned queries are assumed to touch 1% of the lake a day.
    static let defaultScanPercent = 1

    static func resolve(_ spec: TrinoSpec, _ ledger: Ledger) -> ResolvedTrino {
        let workload = ledger.lake.workload
        let scanned = ledger.setting("workload.scannedPerDay", given: workload.scannedPerDay?.value,
                                     default: IntegerMath.percent(workload.dataVolume.value, defaultScanPercent), .bytes,
                                     "rule of thumb: partition-pruned queries scan about 1% of the lake a day")
        let concurrent = ledger.setting("workload.concurrentQueries", given: workload.concurrentQueries,
                                        default: defaultConcurrentQueries, .count, "rule of thumb: 10 queries at once")
        let sla = ledger.setting("trino.querySLA", spec.querySLA.value, default: 60, .seconds, "a minute for an interactive query")
        let memory = ledger.decide("trino.workerMemory", .bytes, by: TrinoHeapRule.description, inputs: [], pin: .trinoWorkerMemory) {
            let value = spec.workerMemory?.value ?? TrinoHeapRule.defaultWorkerMemory
            return (value, spec.workerMemory == nil ? "default \(ServingUnits.gib(value)) worker" : "\(Bytes(value)) from the blueprint")
        }
        let cores = ledger.decide("trino.workerCPU", .millicores, by: TrinoWorkersRule.description, inputs: ["trino.workerMemory"]) {
            let value = TrinoWorkersRule.cores(memory: memory)
            return (value * 1_000, "\(ServingUnits.gib(memory)) / 4 GiB = \(value) cores")
        } / 1_000
        let perQuery = TrinoWorkersRule.bytesPerQuery(scannedPerDay: scanned, concurrent: concurrent, sla: sla)
        let workers = ledger.decide("trino.workers", .count, by: TrinoWorkersRule.description,
                                    inputs: ["workload.scannedPerDay", "workload.concurrentQueries", "trino.querySLA", "trino.workerCPU"],
                                    pin: .trinoWorkers) {
            let value = TrinoWorkersRule.workers(bytesPerQuery: perQuery, concurrent: concurrent, coresPerWorker: cores, sla: sla)
            return (value, "bytes/query = \(Bytes(scanned)) × \(sla)s / (\(concurrent) × 8 h) = \(Bytes(perQuery)); "
                + "max(2, ⌈\(Bytes(perQuery)) × \(concurrent) / (50 MB/s × \(cores) × \(sla)s)⌉) = \(value)")
        }
        let heap = ledger.decide("trino.workerHeap", .bytes, by: TrinoHeapRule.description, inputs: ["trino.workerMemory"]) {
            let value = TrinoHeapRule.heap(memory: memory)
            return (value, "\(ServingUnits.gib(memory)) × \(TrinoHeapRule.percent(memory: memory))% = \(ServingUnits.mib(value))")
        }
        let perNode = ledger.decide("trino.maxMemoryPerNode", .bytes, by: TrinoQueryMemoryRule.description, inputs: ["trino.workerHeap"]) {
            let value = TrinoQueryMemoryRule.perNode(heap: heap)
            return (value, "30% × \(ServingUnits.mib(heap)) = \(ServingUnits.mib(value))")
        }
        let headroom = ledger.decide("trino.heapHeadroomPerNode", .bytes, by: TrinoQueryMemoryRule.description, inputs: ["trino.workerHeap"]) {
            let value = TrinoQueryMemoryRule.headroom(heap: heap)
            return (value, "30% × \(ServingUnits.mib(heap)) = \(ServingUnits.mib(value))")
        }
        let maxMemory = ledger.decide("trino.maxMemory", .bytes, by: TrinoQueryMemoryRule.description,
                                      inputs: ["trino.maxMemoryPerNode", "trino.workers"]) {
            (perNode * workers, "\(ServingUnits.mib(perNode)) × \(workers) workers = \(Bytes(perNode * workers))")
        }
        let (coordinator, coordinatorHeap) = coordinator(workers: workers, workerMemory: memory, ledger)
        let worker = Resources(cpu: .cores(cores), memory: Bytes(memory))
        let pods = [
            PodGroup(name: "trino-worker", component: .trino, replicas: workers, resources: worker, stateful: false),
            PodGroup(name: "trino-coordinator", component: .trino, replicas: 1, resources: coordinator, stateful: false),
        ]
        return ResolvedTrino(
            workers: workers, worker: worker, workerHeap: Bytes(heap), coordinator: coordinator, coordinatorHeap: coordinatorHeap,
            maxMemoryPerNode: Bytes(perNode), heapHeadroomPerNode: Bytes(headroom), maxMemory: Bytes(maxMemory), pods: pods)
    }
}
