import LakeModel

/// Resolves Trino: workers from concurrent query memory and the daily scan, worker and coordinator memory, and the query-memory properties.
enum TrinoResolver {
    /// Without a scan volume, partition-pruned queries are assumed to touch 1% of the lake a day.
    static let defaultScanPercent = 1

    static func resolve(_ spec: TrinoSpec, _ ledger: Ledger) -> ResolvedTrino {
        let workload = ledger.lake.workload
        let scanned = ledger.setting("workload.scannedPerDay", given: workload.scannedPerDay?.value,
                                     default: IntegerMath.percent(workload.dataVolume.value, defaultScanPercent), .bytes,
                                     "rule of thumb: partition-pruned queries scan about 1% of the lake a day")
        let concurrent = concurrency(workload, ledger)
        let sla = ledger.setting("trino.querySLA", spec.querySLA.value, default: 60, .seconds, "a minute for an interactive query")
        let memory = ledger.decide("trino.workerMemory", .memory, by: TrinoHeapRule.description, inputs: [], pin: .trinoWorkerMemory) {
            let value = spec.workerMemory?.value ?? TrinoHeapRule.defaultWorkerMemory
            return (value, spec.workerMemory == nil ? "default \(Bytes(value).memoryText) worker" : "\(Bytes(value).memoryText) from the blueprint")
        }
        let cores = ledger.decide("trino.workerCPU", .millicores, by: TrinoWorkersRule.description, inputs: ["trino.workerMemory"]) {
            let value = TrinoWorkersRule.cores(memory: memory)
            return (value * 1_000, "\(Bytes(memory).memoryText) / 4 GiB = \(value) cores")
        } / 1_000
        let heap = ledger.decide("trino.workerHeap", .memory, by: TrinoHeapRule.description, inputs: ["trino.workerMemory"]) {
            let value = TrinoHeapRule.heap(memory: memory)
            return (value, "\(Bytes(memory).memoryText) × \(TrinoHeapRule.percent(memory: memory))% = \(Bytes(value).memoryText)")
        }
        let perNode = ledger.decide("trino.maxMemoryPerNode", .memory, by: TrinoQueryMemoryRule.description, inputs: ["trino.workerHeap"]) {
            let value = TrinoQueryMemoryRule.perNode(heap: heap)
            return (value, "30% × \(Bytes(heap).memoryText) = \(Bytes(value).memoryText)")
        }
        let headroom = ledger.decide("trino.heapHeadroomPerNode", .memory, by: TrinoQueryMemoryRule.description, inputs: ["trino.workerHeap"]) {
            let value = TrinoQueryMemoryRule.headroom(heap: heap)
            return (value, "30% × \(Bytes(heap).memoryText) = \(Bytes(value).memoryText)")
        }
        let workers = workers(concurrent: concurrent, scanned: scanned, sla: sla, cores: cores, pool: heap - headroom, ledger)
        let maxMemory = ledger.decide("trino.maxMemory", .memory, by: TrinoQueryMemoryRule.description,
                                      inputs: ["trino.maxMemoryPerNode", "trino.workers"]) {
            (IntegerMath.product(perNode, workers), "\(Bytes(perNode).memoryText) × \(workers) workers = \(Bytes(IntegerMath.product(perNode, workers)).memoryText)")
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
