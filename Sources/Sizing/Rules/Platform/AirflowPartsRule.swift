import LakeModel

/// Airflow's parts besides the schedulers, API server and workers: triggerer, DAG processor, StatsD
/// exporter, log-groomer sidecars, Celery's Redis and the database-migration job.
enum AirflowPartsRule: SizingRule {
    /// One Python process running up to `[triggerer] capacity` (1,000) async triggers: a task pod's size.
    static let triggerer = AirflowWorkerRule.taskPod
    /// Airflow 3 parses DAG files in the DAG processor instead of the scheduler: the scheduler's size.
    static let dagProcessor = AirflowWorkerRule.scheduler
    /// The chart's example size for its small helper containers (statsd-exporter, log groomer).
    static let helper = Resources(cpu: Millicores(100), memory: .mebibytes(128))
    /// Celery's broker keeps only queued task messages; twice the chart's example leaves room for a persistence fork.
    static let broker = Resources(cpu: Millicores(100), memory: .mebibytes(256))
    /// `airflow db migrate` is one Airflow CLI process: a task pod's size.
    static let migrations = AirflowWorkerRule.taskPod
    /// The chart's `triggerer.replicas`, `dagProcessor.replicas` and one StatsD exporter.
    static let replicas = 1

    static let description = RuleDescription(
        id: "airflow.parts",
        summary: "One triggerer at a task pod's size, one DAG processor at the scheduler's, the StatsD exporter and every "
            + "log-groomer sidecar at the chart's example size, Celery's Redis at twice that, the migration job at a task pod's size.",
        formula: "log groomers = schedulers + triggerer + DAG processor + Celery workers; Redis only with CeleryExecutor",
        constants: [
            RuleConstant("triggerer", triggerer.summary, "one process for up to 1,000 triggers (`[triggerer] capacity`)"),
            RuleConstant("DAG processor", dagProcessor.summary, "DAG parsing moved out of the scheduler in Airflow 3"),
            RuleConstant("statsd, log groomer", helper.summary, "the chart values.yaml's example `resources`"),
            RuleConstant("Celery Redis", broker.summary, "queued task messages only"),
            RuleConstant("migration job", migrations.summary, "one `airflow db migrate` process"),
        ],
        source: "https://airflow.apache.org/docs/apache-airflow/stable/authoring-and-scheduling/deferring.html ; "
            + "https://airflow.apache.org/docs/apache-airflow/stable/administration-and-deployment/dagfile-processing.html ; "
            + "https://github.com/apache/airflow/blob/helm-chart/1.18.0/chart/values.yaml (example `resources`, `triggerer.replicas`, `dagProcessor.replicas`) ; sizing-rules §11",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("CeleryExecutor, 2 schedulers, 3 workers", expect: "7 log groomers") { "\(logGroomers(schedulers: 2, workers: 3)) log groomers" },
            RuleExample("KubernetesExecutor, 2 schedulers", expect: "4 log groomers") { "\(logGroomers(schedulers: 2, workers: 0)) log groomers" },
        ])

    /// Every scheduler, the triggerer, the DAG processor and every Celery worker carries a log-groomer sidecar.
    static func logGroomers(schedulers: Int, workers: Int) -> Int { schedulers + replicas + replicas + workers }
}
