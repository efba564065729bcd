import LakeModel

/// Resolves Flink jobs: state, parallelism against the source topic, slots and TaskManagers, the memory model, the JobManager
/// and the checkpoint bytes kept on MinIO.
enum FlinkResolver {
    /// Issue 13's sanity bound, as for Kafka brokers: past 1,000 TaskManagers one job is an outlier to checkpoint and restart.
    static let taskManagerSanityBound = 1_000

    static func resolve(_ spec: FlinkSpec, kafka: ResolvedKafka?, _ ledger: Ledger) -> ResolvedFlink {
        StreamRates.recordInputs(ledger)
        let resolved = spec.jobs.map { resolve($0, version: spec.version, kafka: kafka, ledger) }
        var flink = ResolvedFlink(jobs: resolved.map(\.job), pods: resolved.map(\.job).flatMap(pods))
        flink.checkpointBytes = Bytes(ledger.decide("flink.checkpointBytes", .bytes, by: FlinkStateRule.description,
                                                    inputs: spec.jobs.map { "flink.jobs.\($0.name).state" }) {
            let total = resolved.reduce(0) { min(GrowthCurve.saturated, $0 + FlinkStateRule.checkpointBytes(state: $1.state)) }
            return (total, "Σ state × (1 retained + 1 in progress) over \(resolved.count) jobs = \(Bytes(total))")
        })
        return flink
    }

    static func resolve(_ job: FlinkJobSpec, version: String, kafka: ResolvedKafka?, _ ledger: Ledger) -> (job: ResolvedFlinkJob, state: Int) {
        let at = "flink.jobs.\(job.name)"
        let average = sourceRates(job, ledger.lake.workload).average
        let workload = ledger.lake.workload
        let state = ledger.decide("\(at).state", .bytes, by: FlinkStateRule.description, inputs: StreamRates.inputs(streams: job.sources, workload)) {
            let value = FlinkStateRule.state(average: average)
            return (value, "\(BytesPerSecond(average)) of \(StreamRates.sources(job.sources, workload)) at the horizon × 1 h = \(Bytes(value))")
        }
        let parallelism = parallelism(job, state: state, kafka: kafka, ledger)
        let maxParallelism = ledger.decide("\(at).maxParallelism", .count, by: FlinkMaxParallelismRule.description, inputs: ["\(at).parallelism"]) {
            let value = FlinkMaxParallelismRule.maxParallelism(parallelism)
            return (value, "min(max(roundUpToPowerOfTwo(\(parallelism) + \(parallelism / 2)), 128), 32,768) = \(value)")
        }
        let rule = FlinkTaskManagerRule.description
        let slots = ledger.decide("\(at).slots", .count, by: rule, inputs: [], pin: .flinkSlots) {
            (FlinkTaskManagerRule.slots, "\(FlinkTaskManagerRule.slots) slots, one per core")
        }
        let taskManagers = ledger.decide("\(at).taskManagers", .count, by: rule, inputs: ["\(at).parallelism", "\(at).slots"], pin: .flinkTaskManagers) {
            let value = FlinkTaskManagerRule.taskManagers(parallelism: parallelism, slots: slots)
            return (value, "⌈\(parallelism) / \(slots)⌉ = \(value)")
        }
        if taskManagers > taskManagerSanityBound {
            ledger.warning("flink.taskManagersAboveBound",
                           "Flink job \(job.name) needs \(taskManagers) TaskManagers, above the \(taskManagerSanityBound) one job is sized for; "
                               + "parallelism \(parallelism) is set by " + (job.parallelism != nil ? "the blueprint"
                                   : (job.sources.count > 1 ? "its sources' summed rate" : "its source's rate") + " and state at the horizon"),
                           address: "\(at).taskManagers",
                           notes: ["set the job's parallelism from a benchmark, split the job by key range or stream, or split the lake"])
        }
        let cpu = ledger.decide("\(at).taskManagerCPU", .millicores, by: rule, inputs: ["\(at).slots"]) {
            (slots * 1_000, "\(slots) slots × 1 core")
        }
        let process = ledger.decide("\(at).taskManagerMemory", .memory, by: rule, inputs: ["\(at).slots"], pin: .flinkTaskManagerMemory) {
            let value = FlinkTaskManagerRule.processMemory(slots: slots)
            return (value, "\(slots) slots × 4 GiB = \(Bytes(value).memoryText)")
        }
        let memory = FlinkMemoryRule.memory(process: process, backend: job.stateBackend, version: version)
        record(memory, at: at, backend: job.stateBackend, version: version, ledger)
        let jmRule = FlinkJobManagerRule.description
        let jmCPU = ledger.decide("\(at).jobManagerCPU", .millicores, by: jmRule, inputs: []) { (FlinkJobManagerRule.cpu, "1 CPU") }
        let jmMemory = ledger.decide("\(at).jobManagerMemory", .memory, by: jmRule, inputs: []) { (FlinkJobManagerRule.memory, "2048m") }
        let disk = ledger.decide("\(at).taskManagerLocalDisk", .bytes, by: FlinkStateRule.description,
                                 inputs: ["\(at).state", "\(at).parallelism", "\(at).slots"]) {
            guard job.stateBackend == .rocksdb else { return (0, "hashmap keeps state on the heap: no RocksDB disk") }
            let value = FlinkStateRule.localDisk(state: state, parallelism: parallelism, slots: slots)
            return (value, "⌈\(Bytes(state)) / \(parallelism)⌉ × \(slots) slots × 2 for compaction = \(Bytes(value).storageText)")
        }
        var resolved = ResolvedFlinkJob(
            name: job.name, parallelism: parallelism, maxParallelism: maxParallelism, slotsPerTaskManager: slots,
            taskManagers: taskManagers, taskManagerCPU: Millicores(cpu), taskManagerMemory: memory,
            jobManager: Resources(cpu: Millicores(jmCPU), memory: Bytes(jmMemory)))
        resolved.taskManagerLocalDisk = Bytes(disk)
        return (resolved, state)
    }

    /// TaskManagers and the JobManager; both run as long as the job.
    static func pods(_ job: ResolvedFlinkJob) -> [PodGroup] {
        [
            PodGroup(name: "flink-\(job.name)-taskmanager", component: .flink, replicas: job.taskManagers,
                     resources: Resources(cpu: job.taskManagerCPU, memory: job.taskManagerMemory.process), stateful: false),
            PodGroup(name: "flink-\(job.name)-jobmanager", component: .flink, replicas: 1, resources: job.jobManager, stateful: false),
        ]
    }
}
