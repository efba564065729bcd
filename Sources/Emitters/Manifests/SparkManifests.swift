import LakeModel

/// Kubeflow Spark operator (`sparkoperator.k8s.io/v1beta2`): a `SparkApplication` per job, or a
/// `ScheduledSparkApplication` when the job has a schedule, with the resolved driver and executor sizes.
enum SparkManifests {
    static let apiVersion = "sparkoperator.k8s.io/v1beta2"

    static func objects(_ context: EmitContext) -> [YAMLValue] {
        guard let spark = context.lake.spark, let spec = context.lake.spec.components.spark else { return [] }
        return spark.jobs.compactMap { job in
            spec.jobs.first { $0.name == job.name }.map { application(context, spec, $0, job) }
        }
    }

    static func application(_ context: EmitContext, _ spec: SparkSpec, _ jobSpec: SparkJobSpec, _ job: ResolvedSparkJob) -> YAMLValue {
        let body = applicationSpec(context, spec, jobSpec, job)
        let labels = Kubernetes.labels(lake: context.name, component: "spark")
        let name = ManifestNames.dns(job.name)
        guard let schedule = jobSpec.schedule else {
            return Kubernetes.object(apiVersion: apiVersion, kind: "SparkApplication", name: name, namespace: context.namespace,
                                     labels: labels, body: ["spec": body])
        }
        return Kubernetes.object(
            apiVersion: apiVersion, kind: "ScheduledSparkApplication", name: name, namespace: context.namespace, labels: labels,
            body: ["spec": ["schedule": .string(schedule), "concurrencyPolicy": "Forbid", "template": body]])
    }

    static func applicationSpec(_ context: EmitContext, _ spec: SparkSpec, _ jobSpec: SparkJobSpec, _ job: ResolvedSparkJob) -> YAMLValue {
        var body: [String: YAMLValue] = [
            "type": .string(type(jobSpec.language)),
            "mode": "cluster",
            "image": .string(spec.image ?? "apache/spark:\(spec.version)"),
            "imagePullPolicy": "IfNotPresent",
            "sparkVersion": .string(spec.version),
            "mainApplicationFile": .string(jobSpec.application),
            "sparkConf": .map(SparkConf.settings(context).mapValues { .string($0) }),
            "driver": pod(context, cores: job.driverCores, memory: job.driverMemory, overhead: job.driverOverhead)
                .merging(["serviceAccount": .string(ManifestNames.sparkServiceAccount)]),
            "executor": pod(context, cores: job.executorCores, memory: job.executorMemory, overhead: job.executorOverhead)
                .merging(["instances": .int(job.executors)]),
            "dynamicAllocation": [
                "enabled": true, "shuffleTrackingEnabled": true,
                "initialExecutors": .int(job.executors), "maxExecutors": .int(job.maxExecutors),
            ],
        ]
        if jobSpec.language == .python { body["pythonVersion"] = "3" }
        return .map(body)
    }

    static func type(_ language: SparkJobSpec.Language) -> String {
        switch language {
        case .python: "Python"
        case .scala: "Scala"
        case .java: "Java"
        case .r: "R"
        }
    }

    /// The `spark` user of the apache/spark images.
    static let sparkUser = 185

    /// Driver or executor: cores, heap and overhead as Spark spells them, S3 keys from the Secret, and
    /// the restricted Pod Security Standard's contexts (Spark writes its local dirs, so the root
    /// filesystem stays writable).
    static func pod(_ context: EmitContext, cores: Int, memory: Bytes, overhead: Bytes) -> YAMLValue {
        var pod: [String: YAMLValue] = [
            "cores": .int(cores),
            "coreRequest": .string(ManifestUnits.cpuString(.cores(cores))),
            "memory": .string(ManifestUnits.mebi(memory)),
            "memoryOverhead": .string(ManifestUnits.mebi(overhead)),
            "podSecurityContext": RestrictedPod.podSecurityContext(user: sparkUser),
            // The labels the lake's NetworkPolicies select Spark's pods by (`LakePodsCatalog`).
            "labels": Kubernetes.labels(lake: context.name, component: "spark"),
            "securityContext": RestrictedPod.containerSecurityContext(user: sparkUser, readOnlyRoot: false),
        ]
        let env = SparkConf.environment(context)
        if !env.isEmpty { pod["env"] = .list(env) }
        if context.lake.minio != nil {
            pod["envFrom"] = [["secretRef": ["name": .string(ManifestNames.s3Credentials(context.name))]]]
        }
        return .map(pod)
    }
}
