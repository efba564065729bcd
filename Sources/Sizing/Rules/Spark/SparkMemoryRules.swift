import LakeModel

/// Spark's memory overhead on Kubernetes: max(384 MiB, factor × memory), in whole MiB as Spark computes it.
enum SparkOverheadRule: SizingRule {
    static let minimumMiB = 384
    static let jvmFactorPercent = 10
    static let nonJVMFactorPercent = 40

    static let description = RuleDescription(
        id: "spark.memoryOverhead",
        summary: "Executor and driver overhead is max(384 MiB, factor × memory), factor 0.10 for JVM jobs and 0.40 for Python and R "
            + "jobs on Kubernetes; the pod requests memory + overhead.",
        formula: "overhead = max(384 MiB, ⌊factor × memory⌋) in MiB; pod = memory + overhead",
        constants: [
            RuleConstant("minimum", "384 MiB", "spark.executor.memoryOverhead floor (spark.executor.minMemoryOverhead in Spark 4)"),
            RuleConstant("factor (JVM)", "0.10", "spark.executor.memoryOverheadFactor default"),
            RuleConstant("factor (Python, R)", "0.40", "the Kubernetes default for non-JVM jobs"),
        ],
        source: "https://spark.apache.org/docs/latest/configuration.html ; https://spark.apache.org/docs/latest/running-on-kubernetes.html",
        evidence: .documented,
        examples: [
            RuleExample("14,894 MiB heap, Scala job", expect: "1.45 GiB") {
                Bytes(overheadMiB(memoryMiB: 14_894, language: .scala) << 20).memoryText
            },
            RuleExample("2,048 MiB heap, Java job", expect: "384 MiB") {
                Bytes(overheadMiB(memoryMiB: 2_048, language: .java) << 20).memoryText
            },
            RuleExample("11,702 MiB heap, PySpark job", expect: "4.57 GiB") {
                Bytes(overheadMiB(memoryMiB: 11_702, language: .python) << 20).memoryText
            },
        ])

    static func factorPercent(_ language: SparkJobSpec.Language) -> Int {
        switch language {
        case .scala, .java: jvmFactorPercent
        case .python, .r: nonJVMFactorPercent
        }
    }

    static func overheadMiB(memoryMiB: Int, language: SparkJobSpec.Language) -> Int {
        max(minimumMiB, memoryMiB * factorPercent(language) / 100)
    }

    /// The largest heap whose heap + overhead fits `podMiB`.
    static func memoryMiB(podMiB: Int, language: SparkJobSpec.Language) -> Int {
        min(podMiB * 100 / (100 + factorPercent(language)), podMiB - minimumMiB)
    }
}

/// Executor cores and the pod memory they get.
enum SparkExecutorShapeRule: SizingRule {
    static let cores = 4
    static let memoryPerCoreMiB = 4_096

    static let description = RuleDescription(
        id: "spark.executorShape",
        summary: "4 cores per executor; the pod gets 4 GiB per core and spark.executor.memory is the largest heap whose heap + overhead fits.",
        formula: "pod = cores × 4 GiB; memory = min(⌊pod / (1 + factor)⌋, pod − 384 MiB) in MiB",
        constants: [
            RuleConstant("cores per executor", "4", "rule of thumb 4–5 (Cloudera 2015, from HDFS-client contention; now marked historical)"),
            RuleConstant("memory per core", "4 GiB", "the general-purpose node ratio, so executors pack onto standard nodes"),
        ],
        source: "https://blog.cloudera.com/how-to-tune-your-apache-spark-jobs-part-2/ ; https://spark.apache.org/docs/latest/running-on-kubernetes.html ; sizing-rules §3.1–3.2",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("4 cores, Scala job", expect: "memory 14.54 GiB + overhead 1.45 GiB = pod 15.99 GiB") { shapeText(cores: 4, .scala) },
            RuleExample("4 cores, PySpark job", expect: "memory 11.42 GiB + overhead 4.57 GiB = pod 15.99 GiB") { shapeText(cores: 4, .python) },
        ])

    static func memoryMiB(cores: Int, language: SparkJobSpec.Language) -> Int {
        SparkOverheadRule.memoryMiB(podMiB: cores * memoryPerCoreMiB, language: language)
    }

    private static func shapeText(cores: Int, _ language: SparkJobSpec.Language) -> String {
        let memory = memoryMiB(cores: cores, language: language)
        let overhead = SparkOverheadRule.overheadMiB(memoryMiB: memory, language: language)
        return "memory \(Bytes(memory << 20).memoryText) + overhead \(Bytes(overhead << 20).memoryText) = pod \(Bytes((memory + overhead) << 20).memoryText)"
    }
}
