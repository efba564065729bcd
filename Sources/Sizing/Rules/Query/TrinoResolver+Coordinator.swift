import LakeModel

extension TrinoResolver {
    /// The dedicated coordinator's resources and heap.
    static func coordinator(workers: Int, workerMemory memory: Int, _ ledger: Ledger) -> (Resources, Bytes) {
        let coordinatorMemory = ledger.decide("trino.coordinatorMemory", .bytes, by: TrinoCoordinatorRule.description,
                                              inputs: ["trino.workers", "trino.workerMemory"]) {
            let value = TrinoCoordinatorRule.memory(workers: workers, workerMemory: memory)
            return (value, workers > TrinoCoordinatorRule.largeCluster
                ? "\(workers) workers > 50: a full worker, \(ServingUnits.gib(value))"
                : "max(16 GiB, \(ServingUnits.gib(memory)) / 2) = \(ServingUnits.gib(value))")
        }
        let coordinatorCPU = ledger.decide("trino.coordinatorCPU", .millicores, by: TrinoCoordinatorRule.description,
                                           inputs: ["trino.coordinatorMemory"]) {
            let value = TrinoWorkersRule.cores(memory: coordinatorMemory)
            return (value * 1_000, "\(ServingUnits.gib(coordinatorMemory)) / 4 GiB = \(value) cores")
        }
        let heap = ledger.decide("trino.coordinatorHeap", .bytes, by: TrinoHeapRule.description, inputs: ["trino.coordinatorMemory"]) {
            let value = TrinoHeapRule.heap(memory: coordinatorMemory)
            return (value, "\(ServingUnits.gib(coordinatorMemory)) × \(TrinoHeapRule.percent(memory: coordinatorMemory))% = \(ServingUnits.mib(value))")
        }
        return (Resources(cpu: Millicores(coordinatorCPU), memory: Bytes(coordinatorMemory)), Bytes(heap))
    }
}
