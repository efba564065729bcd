import LakeModel

/// Schedulers, Celery workers and the resources of Airflow's pods.
enum AirflowWorkerRule: SizingRule {
    static let schedulers = 2
    /// `celery.worker_concurrency` default.
    static let workerConcurrency = 16
    static let scheduler = Resources(cpu: .cores(1), memory: Bytes(2 << 30))
    static let webserver = Resources(cpu: .cores(1), memory: Bytes(2 << 30))
    static let celeryWorker = Resources(cpu: .cores(2), memory: Bytes(8 << 30))
    static let taskPod = Resources(cpu: Millicores(500), memory: Bytes(1 << 30))

    static let description = RuleDescription(
        id: "airflow.workers",
        summary: "2 schedulers run active-active; CeleryExecutor runs ⌈peak / 16⌉ workers (at least 1) of 16 task slots, "
            + "KubernetesExecutor none but one pod per running task.",
        formula: "workers = Celery ? max(1, ⌈peak / worker_concurrency⌉) : 0; task pods = Kubernetes ? peak : 0",
        constants: [
            RuleConstant("schedulers", "2", "Airflow supports several active schedulers; 2 survive the loss of one"),
            RuleConstant("celery.worker_concurrency", "16", "Airflow's default task slots per Celery worker"),
            RuleConstant("scheduler, webserver", "1 CPU, 2 GiB each", "within Cloud Composer's scheduler limits; its web-server minimum"),
            RuleConstant("Celery worker", "2 CPU, 8 GiB", "16 task processes at ½ GiB each; tasks only submit and watch Spark jobs"),
            RuleConstant("task pod", "0.5 CPU, 1 GiB", "Cloud Composer's smallest worker, for one task under KubernetesExecutor"),
        ],
        source: "https://airflow.apache.org/docs/apache-airflow/stable/configurations-ref.html ; "
            + "https://airflow.apache.org/docs/apache-airflow/stable/administration-and-deployment/scheduler.html ; "
            + "https://cloud.google.com/composer/docs/composer-3/scale-environments ; sizing-rules §11",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("CeleryExecutor, peak 40", expect: "workers: 3") { "workers: \(workers(peak: 40, executor: .celery))" },
            RuleExample("CeleryExecutor, no DAGs", expect: "workers: 1") { "workers: \(workers(peak: 0, executor: .celery))" },
            RuleExample("KubernetesExecutor, peak 40", expect: "workers: 0") { "workers: \(workers(peak: 40, executor: .kubernetes))" },
        ])

    static func workers(peak: Int, executor: AirflowSpec.Executor) -> Int {
        switch executor {
        case .celery: max(1, IntegerMath.ceilDiv(peak, workerConcurrency))
        case .kubernetes: 0
        }
    }
}
