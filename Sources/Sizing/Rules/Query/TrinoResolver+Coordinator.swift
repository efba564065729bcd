import LakeModel

extension TrinoResolver {
    /// The dedicated coordinator's resources and heap.
    static func coordinator(workers: Int, workerMemory memory: Int, _ ledger: Ledger) -> (Resources, Bytes) {
        let coordinatorMemory = ledger.decide("trino.coordinatorMemory", .memory, by: TrinoCoordinatorRule.description,
                                              inputs: ["trino.workers", "trino.workerMemory"]) {
            let value = TrinoCoordinatorRule.memory(workers: workers, workerMemory: memory)
            return (value, workers > TrinoCoordinatorRule.largeCluster
                ? "\(workers) workers > 50: a full worker, \(Bytes(value).memoryText)"
                : "max(16 GiB, \(Bytes(memory).memoryText) / 2) = \(Bytes(value).memoryText)")
        }
        let coordinatorCPU = ledger.decide("trino.coordinatorCPU", .millicores, by: TrinoCoordinatorRule.description,
                                           inputs: ["trino.coordinatorMemory"]) {
            let value = TrinoWorkersRule.cores(memory: coordinatorMemory)
            return (value * 1_000, "\(Bytes(coordinatorMemory).memoryText) / 4 GiB = \(value) cores")
        }
        let heap = ledger.decide("trino.coordinatorHeap", .memory, by: TrinoHeapRule.description, inputs: ["trino.coordinatorMemory"]) {
            let value = TrinoHeapRule.heap(memory: coordinatorMemory)
            return (value, "\(Bytes(coordinatorMemory).memoryText) × \(TrinoHeapRule.percent(memory: coordinatorMemory))% = \(Bytes(value).memoryText)")
        }
        return (Resources(cpu: Millicores(coordinatorCPU), memory: Bytes(coordinatorMemory)), Bytes(heap))
    }
}
