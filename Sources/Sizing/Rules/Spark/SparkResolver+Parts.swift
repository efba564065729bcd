import LakeModel

extension SparkResolver {
    /// Executor and driver pods; both live only while the job runs.
    static func pods(_ job: ResolvedSparkJob) -> [PodGroup] {
        [
            PodGroup(name: "spark-\(job.name)-executor", component: .spark, replicas: job.executors,
                     resources: Resources(cpu: .cores(job.executorCores), memory: job.executorPodMemory), stateful: false, ephemeral: true),
            PodGroup(name: "spark-\(job.name)-driver", component: .spark, replicas: 1,
                     resources: Resources(cpu: .cores(job.driverCores), memory: job.driverMemory + job.driverOverhead),
                     stateful: false, ephemeral: true),
        ]
    }

    /// Records an executor or driver overhead from its heap.
    static func recordOverhead(_ address: String, memory: Int, _ language: SparkJobSpec.Language, inputs: [String], _ ledger: Ledger) -> Int {
        ledger.decide(address, .memory, by: SparkOverheadRule.description, inputs: inputs) {
            let value = SparkOverheadRule.overheadMiB(memoryMiB: memory >> 20, language: language)
            return (value << 20, "max(384 MiB, \(factorText(language)) × \(Bytes(memory).memoryText)) = \(mib(value))")
        }
    }

    /// `0.10` or `0.40`.
    static func factorText(_ language: SparkJobSpec.Language) -> String {
        let percent = SparkOverheadRule.factorPercent(language)
        return "0.\(percent < 10 ? "0" : "")\(percent)"
    }

    /// Whole mebibytes as text.
    static func mib(_ mebibytes: Int) -> String { Bytes(mebibytes << 20).memoryText }
}
