import LakeModel

extension Invariants {
    /// Flink's memory parts sum exactly to the process size and leave task heap; every heap fits its
    /// container; pinned TaskManagers offer a slot per subtask.
    static func checkProcessing(_ lake: ResolvedLake, _ ledger: Ledger) {
        for job in lake.flink?.jobs ?? [] {
            let at = "flink.jobs.\(job.name)"
            let memory = job.taskManagerMemory
            if memory.sumOfParts != memory.process {
                ledger.error("invariant.flinkMemorySum", "Flink memory parts of \(job.name) sum to \(memory.sumOfParts.value) bytes, "
                             + "not the process size of \(memory.process.value) bytes", address: "\(at).taskManagerMemory",
                             notes: ["every part of the TaskManager memory model must add up to taskmanager.memory.process.size"])
            }
            if memory.taskHeap.value <= 0 {
                ledger.error("invariant.flinkTaskHeap", "Flink job \(job.name) has no task heap left in a \(Bytes(memory.process.value).memoryText) TaskManager",
                             address: "\(at).taskManagerMemory", notes: ["raise flink.taskManagerMemory or lower managed memory"])
            }
            checkHeap(memory.heap, within: Resources(cpu: job.taskManagerCPU, memory: memory.process), "\(at).memory.taskHeap", ledger)
            if IntegerMath.product(job.taskManagers, job.slotsPerTaskManager) < job.parallelism {
                ledger.error("invariant.flinkSlots", "\(job.taskManagers) TaskManagers × \(job.slotsPerTaskManager) slots cannot run "
                             + "parallelism \(job.parallelism) of \(job.name)", address: "\(at).taskManagers",
                             notes: ["raise flink.taskManagers or flink.slots, or lower the job's parallelism"])
            }
        }
        for job in lake.spark?.jobs ?? [] {
            checkHeap(job.executorMemory, within: Resources(cpu: .cores(job.executorCores), memory: job.executorPodMemory),
                      "spark.jobs.\(job.name).executorMemory", ledger)
        }
        if let connect = lake.connect { checkHeap(connect.heap, within: connect.resources, "connect.heap", ledger) }
    }
}
