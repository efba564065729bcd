import LakeModel

/// A run's input bytes and the tasks Spark splits them into.
enum SparkTaskRule: SizingRule {
    /// `spark.sql.files.maxPartitionBytes`: Spark's default file split.
    static let maxPartitionBytes = 128 << 20

    static let description = RuleDescription(
        id: "spark.tasks",
        summary: "A job runs once a day over its share of the daily batch volume; Spark reads it in 128 MiB splits, one task each.",
        formula: "input = batchPerDay × share; tasks = ⌈input / 128 MiB⌉",
        constants: [RuleConstant("spark.sql.files.maxPartitionBytes", "128 MiB", "Spark's default split size for file sources")],
        source: "https://spark.apache.org/docs/latest/sql-performance-tuning.html ; sizing-rules §3.2",
        evidence: .documented,
        examples: [
            RuleExample("1 TB per day, 100% share", expect: "1 TB per run, 7,451 tasks") {
                let bytes = input(batchPerDay: 1_000_000_000_000, sharePercent: 100)
                return "\(Bytes(bytes)) per run, \(QuantityUnit.count.format(tasks(input: bytes))) tasks"
            },
            RuleExample("10 TB per day, 25% share", expect: "2.5 TB per run, 18,627 tasks") {
                let bytes = input(batchPerDay: 10_000_000_000_000, sharePercent: 25)
                return "\(Bytes(bytes)) per run, \(QuantityUnit.count.format(tasks(input: bytes))) tasks"
            },
        ])

    static func input(batchPerDay: Int, sharePercent: Int) -> Int { IntegerMath.percent(batchPerDay, sharePercent) }

    static func tasks(input: Int) -> Int { IntegerMath.ceilDiv(input, maxPartitionBytes) }
}

/// Executors so a run finishes within its target duration at a sort-class throughput per core.
enum SparkExecutorCountRule: SizingRule {
    /// Bytes one core sorts per hour: GraySort 2014 did 100 TB in 23 min on 206 × 32 vCPU, ≈ 39.6 GB/h per vCPU.
    static let bytesPerCoreHour = 40_000_000_000
    /// Even a job without batch volume survives the loss of one executor.
    static let minimumExecutors = 2

    static let description = RuleDescription(
        id: "spark.executors",
        summary: "Executors = tasks / (cores × waves), where waves is how many 128 MiB tasks a core finishes in the target duration "
            + "at 40 GB/h (≈ 12 s each, so the 2–3 waves rule of thumb would finish in seconds); at least 2.",
        formula: "waves = max(1, ⌊duration × 40 GB/h / 128 MiB⌋); executors = max(2, ⌈tasks / (cores × waves)⌉)",
        constants: [
            RuleConstant("throughput per core", "40 GB/h",
                         "GraySort 2014: 100 TB in 23 min on 206 × 32 vCPU = 1.27 TB/h per node ≈ 39.6 GB/h per vCPU for a full sort; "
                             + "ETL with a shuffle is sort-class (scans run faster, skewed shuffles slower)"),
            RuleConstant("minimum executors", "2", "rule of thumb: losing one executor must not stall a job"),
        ],
        source: "https://www.databricks.com/blog/2014/11/05/spark-officially-sets-a-new-record-in-large-scale-sorting.html ; sizing-rules §3.2",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("7,451 tasks (1 TB), 4 cores, 1 h target", expect: "298 waves, 7 executors") {
                "\(waves(duration: 3_600)) waves, \(executors(tasks: 7_451, cores: 4, duration: 3_600)) executors"
            },
            RuleExample("74,506 tasks (10 TB), 4 cores, 1 h target", expect: "63 executors") {
                "\(executors(tasks: 74_506, cores: 4, duration: 3_600)) executors"
            },
            RuleExample("no batch volume", expect: "2 executors") { "\(executors(tasks: 0, cores: 4, duration: 3_600)) executors" },
        ])

    static func waves(duration: Int) -> Int {
        max(1, IntegerMath.scale(duration, bytesPerCoreHour, 3_600 * SparkTaskRule.maxPartitionBytes))
    }

    static func executors(tasks: Int, cores: Int, duration: Int) -> Int {
        max(minimumExecutors, IntegerMath.ceilDiv(tasks, max(1, cores) * waves(duration: duration)))
    }
}
