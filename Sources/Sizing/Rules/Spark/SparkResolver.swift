import LakeModel

/// Resolves Spark jobs: tasks, executors and their shape, overheads, the driver, the dynamic-allocation cap, and the executors that run at once.
enum SparkResolver {
    static func resolve(_ spec: SparkSpec, _ ledger: Ledger) -> ResolvedSpark {
        let batch = ledger.input("workload.batchPerDay", ledger.lake.workload.batchPerDay?.value ?? 0, .bytes, reasonKey: "batchPerDay")
        let jobs = spec.jobs.map { resolve($0, batchPerDay: batch, ledger) }
        let concurrent = concurrentPods(jobs, ledger)
        return ResolvedSpark(jobs: jobs, pods: jobs.flatMap(pods), concurrentExecutors: concurrent.executors, concurrentPods: concurrent.pods)
    }

    static func resolve(_ job: SparkJobSpec, batchPerDay: Int, _ ledger: Ledger) -> ResolvedSparkJob {
        let at = "spark.jobs.\(job.name)"
        let share = ledger.setting("\(at).inputShare", job.inputSharePercent, default: 100, .percent,
                                   "a job reads the whole daily batch unless given a share")
        let duration = ledger.setting("\(at).targetDuration", job.targetDuration.value, default: 3_600, .seconds,
                                      "a run should finish within an hour")
        let input = ledger.decide("\(at).inputPerRun", .bytes, by: SparkTaskRule.description, inputs: ["workload.batchPerDay", "\(at).inputShare"]) {
            let value = SparkTaskRule.input(batchPerDay: batchPerDay, sharePercent: share)
            return (value, "\(Bytes(batchPerDay)) × \(share)% = \(Bytes(value))")
        }
        let tasks = ledger.decide("\(at).tasks", .count, by: SparkTaskRule.description, inputs: ["\(at).inputPerRun"]) {
            let value = SparkTaskRule.tasks(input: input)
            return (value, "⌈\(Bytes(input)) / 128 MiB⌉ = \(QuantityUnit.count.format(value))")
        }
        let cores = ledger.decide("\(at).executorCores", .count, by: SparkExecutorShapeRule.description, inputs: [], pin: .sparkExecutorCores) {
            (SparkExecutorShapeRule.cores, "\(SparkExecutorShapeRule.cores) cores per executor")
        }
        let executors = ledger.decide("\(at).executors", .count, by: SparkExecutorCountRule.description,
                                      inputs: ["\(at).tasks", "\(at).executorCores", "\(at).targetDuration"], pin: .sparkExecutors) {
            let waves = SparkExecutorCountRule.waves(duration: duration)
            let value = SparkExecutorCountRule.executors(tasks: tasks, cores: cores, duration: duration)
            return (value, "waves = ⌊\(Seconds(duration)) × 40 GB/h / 128 MiB⌋ = \(waves); max(2, ⌈\(QuantityUnit.count.format(tasks)) / (\(cores) × \(waves))⌉) = \(value)")
        }
        let factor = factorText(job.language)
        let memory = ledger.decide("\(at).executorMemory", .memory, by: SparkExecutorShapeRule.description,
                                   inputs: ["\(at).executorCores"], pin: .sparkExecutorMemory) {
            let pod = cores * SparkExecutorShapeRule.memoryPerCoreMiB
            let value = SparkExecutorShapeRule.memoryMiB(cores: cores, language: job.language)
            return (value << 20, "pod = \(cores) × 4 GiB = \(mib(pod)); min(⌊\(mib(pod)) / (1 + \(factor))⌋, \(mib(pod)) − 384 MiB) = \(mib(value))")
        }
        let overhead = recordOverhead("\(at).executorOverhead", memory: memory, job.language, inputs: ["\(at).executorMemory"], ledger)
        let driverCores = ledger.decide("\(at).driverCores", .count, by: SparkDriverRule.description, inputs: []) {
            (SparkDriverRule.cores, "spark.driver.cores default \(SparkDriverRule.cores)")
        }
        let driverMemory = ledger.decide("\(at).driverMemory", .memory, by: SparkDriverRule.description, inputs: ["\(at).driverCores"]) {
            let value = SparkDriverRule.memoryMiB(language: job.language)
            return (value << 20, "min(⌊4 GiB / (1 + \(factor))⌋, 4 GiB − 384 MiB) = \(mib(value))")
        }
        let driverOverhead = recordOverhead("\(at).driverOverhead", memory: driverMemory, job.language, inputs: ["\(at).driverMemory"], ledger)
        let maxExecutors = ledger.decide("\(at).maxExecutors", .count, by: SparkDynamicAllocationRule.description, inputs: ["\(at).executors"]) {
            let value = SparkDynamicAllocationRule.maxExecutors(executors: executors)
            return (value, "2 × \(executors) = \(value)")
        }
        return ResolvedSparkJob(
            name: job.name, executors: executors, executorCores: cores, executorMemory: Bytes(memory), executorOverhead: Bytes(overhead),
            driverCores: driverCores, driverMemory: Bytes(driverMemory), driverOverhead: Bytes(driverOverhead), maxExecutors: maxExecutors)
    }
}
