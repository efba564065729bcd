import LakeModel

/// The driver: Spark's default single core with the executors' memory per core.
enum SparkDriverRule: SizingRule {
    static let cores = 1

    static let description = RuleDescription(
        id: "spark.driver",
        summary: "The driver gets 1 core (spark.driver.cores' default) and a 4 GiB pod; its heap follows the overhead rule.",
        formula: "driver cores = 1; pod = 4 GiB; memory = min(⌊pod / (1 + factor)⌋, pod − 384 MiB)",
        constants: [
            RuleConstant("driver cores", "1", "spark.driver.cores default in cluster mode"),
            RuleConstant("driver pod", "4 GiB", "one core at the executors' 4 GiB per core (Spark's 1 GiB default heap is too small for large task counts)"),
        ],
        source: "https://spark.apache.org/docs/latest/configuration.html (spark.driver.cores, spark.driver.memory) ; sizing-rules §3.1",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("Scala job", expect: "1 core, 3.62 GiB + 384 MiB") { text(.scala) },
            RuleExample("PySpark job", expect: "1 core, 2.85 GiB + 1.14 GiB") { text(.python) },
        ])

    static func memoryMiB(language: SparkJobSpec.Language) -> Int {
        SparkOverheadRule.memoryMiB(podMiB: cores * SparkExecutorShapeRule.memoryPerCoreMiB, language: language)
    }

    private static func text(_ language: SparkJobSpec.Language) -> String {
        let memory = memoryMiB(language: language)
        let overhead = SparkOverheadRule.overheadMiB(memoryMiB: memory, language: language)
        return "\(cores) core, \(Bytes(memory << 20).memoryText) + \(Bytes(overhead << 20).memoryText)"
    }
}

/// The dynamic-allocation cap: room to catch up, bounded by the plan.
enum SparkDynamicAllocationRule: SizingRule {
    /// How far dynamic allocation may grow past the planned executors.
    static let headroomFactor = 2

    static let description = RuleDescription(
        id: "spark.maxExecutors",
        summary: "spark.dynamicAllocation.maxExecutors is twice the planned executors: room for a backlog day or a slow stage, "
            + "without one job taking the cluster (the default is unbounded).",
        formula: "maxExecutors = 2 × executors",
        constants: [RuleConstant("headroom", "2×", "rule of thumb: a double-volume day still meets the target duration")],
        source: "https://spark.apache.org/docs/latest/configuration.html#dynamic-allocation ; https://github.com/apache/spark/pull/37257 ; sizing-rules §3.3",
        evidence: .ruleOfThumb,
        examples: [RuleExample("7 planned executors", expect: "14") { "\(maxExecutors(executors: 7))" }])

    static func maxExecutors(executors: Int) -> Int { executors * headroomFactor }
}
