import LakeModel

/// The processing and pipeline rules (Spark, Flink, Airflow, Kafka Connect, NiFi), in docs order.
enum ProcessingFamily {
    static let rules: [RuleDescription] = [
        SparkTaskRule.description, SparkExecutorCountRule.description, SparkExecutorShapeRule.description,
        SparkOverheadRule.description, SparkDriverRule.description, SparkDynamicAllocationRule.description,
        SparkConcurrencyRule.description,
        FlinkStateRule.description, FlinkParallelismRule.description, FlinkMaxParallelismRule.description, FlinkTaskManagerRule.description,
        FlinkMemoryRule.description, FlinkJobManagerRule.description,
        AirflowConcurrencyRule.description, AirflowWorkerRule.description,
        ConnectWorkerRule.description, NiFiNodeRule.description,
    ]
}

/// Binary-unit text for processing calculations, where JVM and Kubernetes sizes are in MiB.
enum ProcessingFormat {
    static let mebibyte = 1 << 20
    static let gibibyte = 1 << 30

    /// `1,459.2 MiB`: whole or one decimal, rounded to the nearest tenth.
    static func mib(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + mebibyte / 2) / mebibyte
        let whole = QuantityUnit.count.format(tenths / 10)
        return tenths % 10 == 0 ? "\(whole) MiB" : "\(whole).\(tenths % 10) MiB"
    }

    /// `16 GiB` for whole gibibytes, else the MiB form.
    static func binary(_ bytes: Int) -> String {
        bytes % gibibyte == 0 ? "\(QuantityUnit.count.format(bytes / gibibyte)) GiB" : mib(bytes)
    }
}
