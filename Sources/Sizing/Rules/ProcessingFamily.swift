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
