import LakeModel

/// A job's `flinkConfiguration`: slots and parallelism, every part of the resolved TaskManager
/// memory (overhead and network pinned with min = max, so the parts sum exactly to the process
/// size), the state backend, checkpoint storage on MinIO and the Prometheus reporter.
enum FlinkConfiguration {
    static func settings(_ context: EmitContext, _ jobSpec: FlinkJobSpec, _ job: ResolvedFlinkJob) -> [String: String] {
        var settings = memory(job.taskManagerMemory)
        settings["taskmanager.numberOfTaskSlots"] = String(job.slotsPerTaskManager)
        settings["parallelism.default"] = String(job.parallelism)
        settings["pipeline.max-parallelism"] = String(job.maxParallelism)
        settings["state.backend.type"] = jobSpec.stateBackend.rawValue
        settings["metrics.reporter.prom.factory.class"] = "org.apache.flink.metrics.prometheus.PrometheusReporterFactory"
        settings["metrics.reporter.prom.port"] = String(FlinkManifests.metricsPort)
        if let minio = context.lake.spec.components.minio, context.lake.minio != nil {
            let base = "s3://\(minio.bucket)/flink/\(ManifestNames.dns(job.name))"
            settings["state.checkpoints.dir"] = "\(base)/checkpoints"
            settings["state.savepoints.dir"] = "\(base)/savepoints"
            settings["s3.endpoint"] = ManifestNames.minioEndpoint(namespace: context.namespace)
            settings["s3.path.style.access"] = "true"
        }
        return settings
    }

    /// `taskmanager.memory.*` for every part of the model.
    static func memory(_ memory: FlinkMemory) -> [String: String] {
        let parts: [(String, Bytes)] = [
            ("process.size", memory.process),
            ("jvm-overhead.min", memory.jvmOverhead), ("jvm-overhead.max", memory.jvmOverhead),
            ("jvm-metaspace.size", memory.metaspace),
            ("framework.heap.size", memory.frameworkHeap), ("framework.off-heap.size", memory.frameworkOffHeap),
            ("task.heap.size", memory.taskHeap), ("task.off-heap.size", memory.taskOffHeap),
            ("network.min", memory.network), ("network.max", memory.network),
            ("managed.size", memory.managed),
        ]
        return Dictionary(uniqueKeysWithValues: parts.map { ("taskmanager.memory.\($0.0)", ManifestUnits.mebi($0.1)) })
    }
}
