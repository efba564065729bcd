import LakeModel

extension FlinkResolver {
    /// Explicit, else the source topic's partitions, else from the stream's peak; flags subtasks that would idle.
    static func parallelism(_ job: FlinkJobSpec, kafka: ResolvedKafka?, _ ledger: Ledger) -> Int {
        let at = "flink.jobs.\(job.name).parallelism"
        let topic = "kafka.topics.\(job.source).partitions"
        let partitions = kafka?.topics.first { $0.name == job.source }?.partitions
        var inputs = partitions == nil ? [] : [topic]
        var peak = 0
        if job.parallelism == nil, partitions == nil {
            let workload = ledger.lake.workload
            let average = ledger.input("workload.ingest", workload.ingestRate?.value ?? 0, .bytesPerSecond, reasonKey: "ingest")
            let peakPercent = ledger.setting("workload.ingest.peak", workload.peakPercent, default: 100, .percent, "no peak given: ingest is flat")
            let share = workload.streams.first { $0.name == job.source }?.sharePercent ?? 100
            peak = IntegerMath.percent(IntegerMath.percent(average, peakPercent), share)
            inputs = ["workload.ingest", "workload.ingest.peak"]
        }
        let value = ledger.decide(at, .count, by: FlinkParallelismRule.description, inputs: inputs) {
            let value = FlinkParallelismRule.parallelism(explicit: job.parallelism, partitions: partitions, peak: peak)
            let how = job.parallelism != nil ? "from the blueprint"
                : partitions != nil ? "one subtask per partition of \(job.source)" : "⌈\(BytesPerSecond(peak)) / 10 MB/s⌉"
            return (value, "\(how) = \(value)")
        }
        if let partitions, value > partitions {
            ledger.warning("flink.parallelismExceedsPartitions",
                           "parallelism \(value) of Flink job \(job.name) exceeds the \(partitions) partitions of \(job.source); "
                               + "\(FlinkParallelismRule.idle(parallelism: value, partitions: partitions)) source subtasks will idle",
                           address: at, notes: ["raise the partitions of \(job.source) or lower the job's parallelism"])
        }
        return value
    }
}
