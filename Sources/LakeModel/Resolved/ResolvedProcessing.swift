/// Spark jobs with their executor and driver sizes.
public struct ResolvedSpark: Equatable, Sendable {
    public var jobs: [ResolvedSparkJob]
    /// Every job's pods, each running for its own job's duration (for pricing).
    public var pods: [PodGroup]
    /// The most executors that run at once under the DAGs' dependencies.
    public var concurrentExecutors: Int
    /// The pods of the runs that reach `concurrentExecutors`: what the node pool must hold.
    public var concurrentPods: [PodGroup]
    public init(jobs: [ResolvedSparkJob], pods: [PodGroup], concurrentExecutors: Int? = nil, concurrentPods: [PodGroup]? = nil) {
        self.jobs = jobs
        self.pods = pods
        self.concurrentExecutors = concurrentExecutors ?? IntegerMath.sum(jobs.map(\.executors))
        self.concurrentPods = concurrentPods ?? pods
    }
}

/// One Spark job: executors, cores, heap and overhead for executors and the driver.
public struct ResolvedSparkJob: Equatable, Sendable {
    public var name: String
    public var executors: Int
    public var executorCores: Int
    public var executorMemory: Bytes
    public var executorOverhead: Bytes
    public var driverCores: Int
    public var driverMemory: Bytes
    public var driverOverhead: Bytes
    /// Cap for dynamic allocation, from the capacity plan.
    public var maxExecutors: Int

    public init(
        name: String, executors: Int, executorCores: Int, executorMemory: Bytes, executorOverhead: Bytes, driverCores: Int,
        driverMemory: Bytes, driverOverhead: Bytes, maxExecutors: Int
    ) {
        self.name = name
        self.executors = executors
        self.executorCores = executorCores
        self.executorMemory = executorMemory
        self.executorOverhead = executorOverhead
        self.driverCores = driverCores
        self.driverMemory = driverMemory
        self.driverOverhead = driverOverhead
        self.maxExecutors = maxExecutors
    }

    /// Executor pod memory: heap plus overhead.
    public var executorPodMemory: Bytes { executorMemory + executorOverhead }
}

/// Flink jobs with their TaskManager memory model.
public struct ResolvedFlink: Equatable, Sendable {
    /// Checkpoint and savepoint bytes the jobs keep on MinIO.
    public var checkpointBytes: Bytes = 0
    public var jobs: [ResolvedFlinkJob]
    public var pods: [PodGroup]
    public init(jobs: [ResolvedFlinkJob], pods: [PodGroup]) {
        self.jobs = jobs
        self.pods = pods
    }
}

/// One Flink job: parallelism, slots, TaskManagers and memory.
public struct ResolvedFlinkJob: Equatable, Sendable {
    public var name: String
    public var parallelism: Int
    public var maxParallelism: Int
    public var slotsPerTaskManager: Int
    public var taskManagers: Int
    public var taskManagerCPU: Millicores
    public var taskManagerMemory: FlinkMemory
    public var jobManager: Resources
    /// Ephemeral disk of each TaskManager for RocksDB's local state; 0 for the hashmap backend (state lives on the heap).
    public var taskManagerLocalDisk: Bytes = 0

    public init(
        name: String, parallelism: Int, maxParallelism: Int, slotsPerTaskManager: Int, taskManagers: Int,
        taskManagerCPU: Millicores, taskManagerMemory: FlinkMemory, jobManager: Resources
    ) {
        self.name = name
        self.parallelism = parallelism
        self.maxParallelism = maxParallelism
        self.slotsPerTaskManager = slotsPerTaskManager
        self.taskManagers = taskManagers
        self.taskManagerCPU = taskManagerCPU
        self.taskManagerMemory = taskManagerMemory
        self.jobManager = jobManager
    }
}

/// Flink's TaskManager memory decomposition; the parts sum exactly to `process`.
public struct FlinkMemory: Equatable, Sendable {
    public var process: Bytes
    public var jvmOverhead: Bytes
    public var metaspace: Bytes
    public var frameworkHeap: Bytes
    public var frameworkOffHeap: Bytes
    public var taskHeap: Bytes
    public var taskOffHeap: Bytes
    public var network: Bytes
    public var managed: Bytes

    public init(
        process: Bytes, jvmOverhead: Bytes, metaspace: Bytes, frameworkHeap: Bytes, frameworkOffHeap: Bytes, taskHeap: Bytes,
        taskOffHeap: Bytes, network: Bytes, managed: Bytes
    ) {
        self.process = process
        self.jvmOverhead = jvmOverhead
        self.metaspace = metaspace
        self.frameworkHeap = frameworkHeap
        self.frameworkOffHeap = frameworkOffHeap
        self.taskHeap = taskHeap
        self.taskOffHeap = taskOffHeap
        self.network = network
        self.managed = managed
    }

    /// Total Flink memory: process minus JVM overhead and metaspace.
    public var totalFlink: Bytes { process - jvmOverhead - metaspace }
    /// The sum of every part; equals `process` when the model is consistent.
    public var sumOfParts: Bytes {
        jvmOverhead + metaspace + frameworkHeap + frameworkOffHeap + taskHeap + taskOffHeap + network + managed
    }
    /// `-Xmx`: framework heap plus task heap.
    public var heap: Bytes { frameworkHeap + taskHeap }
}

/// Airflow's scheduler, webserver and worker sizing.
public struct ResolvedAirflow: Equatable, Sendable {
    public var schedulers: Int
    public var parallelism: Int
    public var workers: Int
    public var workerConcurrency: Int
    public var pods: [PodGroup]
    public init(schedulers: Int, parallelism: Int, workers: Int, workerConcurrency: Int, pods: [PodGroup]) {
        self.schedulers = schedulers
        self.parallelism = parallelism
        self.workers = workers
        self.workerConcurrency = workerConcurrency
        self.pods = pods
    }
}
