/// Spark on the Kubeflow Spark operator.
public struct SparkSpec: Equatable, Sendable {
    public var version: String = "3.5.5"
    public var image: String?
    public var jobs: [SparkJobSpec]
    public init(jobs: [SparkJobSpec]) { self.jobs = jobs }
}

/// A Spark batch job.
public struct SparkJobSpec: Equatable, Sendable {
    /// Job languages; non-JVM jobs get Spark's larger Kubernetes memory overhead factor.
    public enum Language: String, Sendable, CaseIterable { case python, scala, java, r }
    public var name: String
    public var language: Language
    public var application: String
    public var inputSharePercent: Int = 100
    public var targetDuration: Seconds = Seconds(3_600)
    public var schedule: String?
    public init(name: String, language: Language, application: String) {
        self.name = name
        self.language = language
        self.application = application
    }
}

/// Flink on the Flink Kubernetes operator.
public struct FlinkSpec: Equatable, Sendable {
    public var version: String = "1.20"
    public var image: String?
    public var jobs: [FlinkJobSpec]
    public init(jobs: [FlinkJobSpec]) { self.jobs = jobs }
}

/// A Flink streaming job reading one or more streams (a join reads several).
public struct FlinkJobSpec: Equatable, Sendable {
    /// State backends; RocksDB lives in managed memory.
    public enum StateBackend: String, Sendable, CaseIterable { case rocksdb, hashmap }
    public var name: String
    /// The streams the job reads; its input rate is the sum of theirs.
    public var sources: [String]
    public var jarURI: String
    public var parallelism: Int?
    public var stateBackend: StateBackend = .rocksdb
    public init(name: String, sources: [String], jarURI: String) {
        self.name = name
        self.sources = sources
        self.jarURI = jarURI
    }

    public init(name: String, source: String, jarURI: String) {
        self.init(name: name, sources: [source], jarURI: jarURI)
    }
}

/// Apache Airflow and its DAGs.
public struct AirflowSpec: Equatable, Sendable {
    /// Executors of the official chart.
    public enum Executor: String, Sendable, CaseIterable {
        case kubernetes = "KubernetesExecutor"
        case celery = "CeleryExecutor"
    }
    public var executor: Executor = .kubernetes
    public var dags: [DAGSpec] = []
    public init() {}
}

/// A DAG whose tasks run the lake's Spark jobs.
public struct DAGSpec: Equatable, Sendable {
    public var name: String
    public var schedule: String
    public var retries: Int = 3
    public var tasks: [DAGTaskSpec]
    public init(name: String, schedule: String, tasks: [DAGTaskSpec]) {
        self.name = name
        self.schedule = schedule
        self.tasks = tasks
    }
}

/// A DAG task submitting a Spark job after its upstream tasks.
public struct DAGTaskSpec: Equatable, Sendable {
    public var id: String
    public var sparkJob: String
    public var after: [String] = []
    public init(id: String, sparkJob: String) {
        self.id = id
        self.sparkJob = sparkJob
    }
}
