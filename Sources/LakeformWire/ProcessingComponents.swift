extension Wire {
    /// Languages a Spark job can be written in; PySpark changes the memory overhead factor.
    public enum SparkLanguage: String, Codable, Sendable, CaseIterable { case python, scala, java, r }

    /// Spark on the Kubeflow Spark operator.
    public struct Spark: Codable, Equatable, Sendable {
        public var version: String?
        public var image: String?
        public var jobs: [SparkJob]

        public init(version: String? = nil, image: String? = nil, jobs: [SparkJob]) {
            self.version = version
            self.image = image
            self.jobs = jobs
        }
    }

    /// A batch job: executors are sized from its input and target duration.
    public struct SparkJob: Codable, Equatable, Sendable {
        public var name: String
        public var language: SparkLanguage
        public var application: String
        /// Share of the lake's daily batch volume this job reads, in percent.
        public var inputSharePercent: Int?
        public var targetDuration: TimeSpan?
        /// Cron schedule; the job becomes a ScheduledSparkApplication when set.
        public var schedule: String?

        public init(
            name: String, language: SparkLanguage, application: String, inputSharePercent: Int? = nil,
            targetDuration: TimeSpan? = nil, schedule: String? = nil
        ) {
            self.name = name
            self.language = language
            self.application = application
            self.inputSharePercent = inputSharePercent
            self.targetDuration = targetDuration
            self.schedule = schedule
        }
    }

    /// Flink state backends; RocksDB uses managed memory, HashMap uses task heap.
    public enum StateBackend: String, Codable, Sendable, CaseIterable { case rocksdb, hashmap }

    /// Flink on the Flink Kubernetes operator.
    public struct Flink: Codable, Equatable, Sendable {
        public var version: String?
        public var image: String?
        public var jobs: [FlinkJob]

        public init(version: String? = nil, image: String? = nil, jobs: [FlinkJob]) {
            self.version = version
            self.image = image
            self.jobs = jobs
        }
    }

    /// A streaming job reading one stream (`source`) or, from format 2, several (`sources`).
    public struct FlinkJob: Codable, Equatable, Sendable {
        public var name: String
        /// The one stream the job reads (format 1's key, still read).
        public var source: String?
        /// The streams the job reads (format 2); give this or `source`, not both.
        public var sources: [String]?
        public var jarURI: String
        public var parallelism: Int?
        public var stateBackend: StateBackend?

        public init(
            name: String, source: String? = nil, sources: [String]? = nil, jarURI: String, parallelism: Int? = nil,
            stateBackend: StateBackend? = nil
        ) {
            self.name = name
            self.source = source
            self.sources = sources
            self.jarURI = jarURI
            self.parallelism = parallelism
            self.stateBackend = stateBackend
        }
    }

    /// Airflow executors the chart supports.
    public enum AirflowExecutor: String, Codable, Sendable, CaseIterable {
        case kubernetes = "KubernetesExecutor"
        case celery = "CeleryExecutor"
    }

    /// Apache Airflow and its DAGs.
    public struct Airflow: Codable, Equatable, Sendable {
        public var executor: AirflowExecutor?
        public var dags: [DAG]?

        public init(executor: AirflowExecutor? = nil, dags: [DAG]? = nil) {
            self.executor = executor
            self.dags = dags
        }
    }

    /// A DAG of Spark job runs; each task runs a Spark job of the lake.
    public struct DAG: Codable, Equatable, Sendable {
        public var name: String
        public var schedule: String
        public var retries: Int?
        public var tasks: [DAGTask]

        public init(name: String, schedule: String, retries: Int? = nil, tasks: [DAGTask]) {
            self.name = name
            self.schedule = schedule
            self.retries = retries
            self.tasks = tasks
        }
    }

    /// A DAG task that submits a Spark job, after the tasks it depends on.
    public struct DAGTask: Codable, Equatable, Sendable {
        public var id: String
        public var sparkJob: String
        public var after: [String]?

        public init(id: String, sparkJob: String, after: [String]? = nil) {
            self.id = id
            self.sparkJob = sparkJob
            self.after = after
        }
    }
}
