import LakeModel

extension FlinkResolver {
    /// The rates of the streams `job` reads together, at the horizon.
    static func sourceRates(_ job: FlinkJobSpec, _ workload: WorkloadSpec) -> StreamRates {
        StreamRates(streams: job.sources, workload)
    }

    /// The source topic with the most partitions, which bounds the job's useful parallelism, when Kafka carries one.
    static func widestSource(_ job: FlinkJobSpec, kafka: ResolvedKafka?) -> ResolvedTopic? {
        kafka?.topics.filter { job.sources.contains($0.name) }.max { $0.partitions < $1.partitions }
    }

    /// The slots `job` needs for its rate and state, before its source's partitions bound it; Kafka sizes partitions for it.
    static func neededParallelism(_ job: FlinkJobSpec, _ workload: WorkloadSpec) -> Int {
        let rates = sourceRates(job, workload)
        return FlinkParallelismRule.needed(peak: rates.peak, state: FlinkStateRule.state(average: rates.average))
    }

    /// Explicit, else from the source's peak and the job's state, bounded by the source topic's partitions; flags subtasks that
    /// would idle and partitions that hold the job back.
    static func parallelism(_ job: FlinkJobSpec, state: Int, kafka: ResolvedKafka?, _ ledger: Ledger) -> Int {
        let at = "flink.jobs.\(job.name).parallelism"
        let widest = widestSource(job, kafka: kafka)
        let partitions = widest?.partitions
        let source = widest?.name ?? job.sources.joined(separator: ", ")
        let peak = sourceRates(job, ledger.lake.workload).peak
        let needed = FlinkParallelismRule.needed(peak: peak, state: state)
        let inputs = StreamRates.inputs(streams: job.sources, ledger.lake.workload) + ["flink.jobs.\(job.name).state"]
            + (widest.map { ["kafka.topics.\($0.name).partitions"] } ?? [])
        let value = ledger.decide(at, .count, by: FlinkParallelismRule.description, inputs: inputs) {
            let value = FlinkParallelismRule.parallelism(explicit: job.parallelism, needed: needed, partitions: partitions)
            let rate = "max(⌈\(BytesPerSecond(peak)) / 10 MB/s⌉, ⌈\(Bytes(state)) / 25 GB⌉, 1) = \(needed)"
            let how = job.parallelism != nil ? "from the blueprint (the rule would choose \(rate))"
                : partitions.map { "min(\(rate), \($0) partitions of \(source))" } ?? rate
            return (value, "\(how) = \(value)")
        }
        if let partitions, value > partitions {
            ledger.warning("flink.parallelismExceedsPartitions",
                           "parallelism \(value) of Flink job \(job.name) exceeds the \(partitions) partitions of \(source); "
                               + "\(FlinkParallelismRule.idle(parallelism: value, partitions: partitions)) source subtasks will idle",
                           address: at, notes: ["raise the partitions of \(source) or lower the job's parallelism"])
        }
        if job.parallelism == nil, let partitions, needed > partitions {
            ledger.warning("flink.partitionsLimitParallelism",
                           "Flink job \(job.name) needs \(needed) slots for \(BytesPerSecond(peak)) and \(Bytes(state)) of state but \(source) "
                               + "has \(partitions) partitions, so it runs with \(value)",
                           address: at, notes: ["unpin or raise the partitions of \(source), or set the job's parallelism explicitly"])
        }
        return value
    }
}
