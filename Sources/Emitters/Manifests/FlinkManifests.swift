import LakeModel

/// Flink Kubernetes operator (`flink.apache.org/v1beta1`): one application-mode `FlinkDeployment`
/// per job, with the TaskManager memory model written out part by part so Flink derives nothing, and
/// the TaskManagers' ephemeral disk sized for RocksDB's local state.
enum FlinkManifests {
    static let apiVersion = "flink.apache.org/v1beta1"
    /// Flink's Prometheus reporter port, named `metrics` on the main container for the PodMonitor.
    static let metricsPort = 9249

    static func objects(_ context: EmitContext) -> [YAMLValue] {
        guard let flink = context.lake.flink, let spec = context.lake.spec.components.flink else { return [] }
        return flink.jobs.compactMap { job in
            spec.jobs.first { $0.name == job.name }.map { deployment(context, spec, $0, job) }
        }
    }

    static func deployment(_ context: EmitContext, _ spec: FlinkSpec, _ jobSpec: FlinkJobSpec, _ job: ResolvedFlinkJob) -> YAMLValue {
        let name = ManifestNames.dns(job.name)
        var configuration = FlinkConfiguration.settings(context, jobSpec, job)
        let jobManager = resource(cpu: job.jobManager.cpuRequest, memory: job.jobManager.memoryLimit, role: "jobmanager", &configuration)
        var taskManager = resource(cpu: job.taskManagerCPU, memory: job.taskManagerMemory.process, role: "taskmanager", &configuration)
        if job.taskManagerLocalDisk.value > 0, case .map(var fields) = taskManager {
            fields["ephemeralStorage"] = Kubernetes.quantity(job.taskManagerLocalDisk)
            taskManager = .map(fields)
        }
        return Kubernetes.object(
            apiVersion: apiVersion, kind: "FlinkDeployment", name: name, namespace: context.namespace,
            labels: Kubernetes.labels(lake: context.name, component: "flink"),
            body: ["spec": [
                "image": .string(spec.image ?? "flink:\(spec.version)"),
                "flinkVersion": .string(flinkVersion(spec.version)),
                "serviceAccount": .string(ManifestNames.flinkServiceAccount),
                "flinkConfiguration": .map(configuration.mapValues { .string($0) }),
                "jobManager": ["replicas": 1, "resource": jobManager],
                "taskManager": ["replicas": .int(job.taskManagers), "resource": taskManager],
                "podTemplate": podTemplate(context),
                "job": [
                    "jarURI": .string(jobSpec.jarURI),
                    "parallelism": .int(job.parallelism),
                    "upgradeMode": context.lake.minio == nil ? "stateless" : "savepoint",
                    "state": "running",
                ],
            ]])
    }

    /// The CRD's enum spelling: `1.20` and `1.20.1` become `v1_20`.
    static func flinkVersion(_ version: String) -> String {
        "v" + version.split(separator: ".").prefix(2).joined(separator: "_")
    }

    /// `resource` with memory in Flink's own units. The CRD's `cpu` is a number and the YAML tree has
    /// no decimals, so a fractional CPU goes to `kubernetes.<role>.cpu.amount` instead.
    static func resource(cpu: Millicores, memory: Bytes, role: String, _ configuration: inout [String: String]) -> YAMLValue {
        var resource: [String: YAMLValue] = ["memory": .string(ManifestUnits.mebi(memory))]
        if cpu.value % 1_000 == 0 {
            resource["cpu"] = .int(cpu.value / 1_000)
        } else {
            let thousandths = String(cpu.value % 1_000)
            configuration["kubernetes.\(role).cpu.amount"] = "\(cpu.value / 1_000).\(String(repeating: "0", count: 3 - thousandths.count))\(thousandths)"
        }
        return .map(resource)
    }

    /// The `flink` user of the flink images.
    static let flinkUser = 9999

    /// The main container's metrics port and, when MinIO is deployed, the S3 keys for checkpoints;
    /// the restricted Pod Security Standard's contexts (Flink writes its local state, so the root
    /// filesystem stays writable).
    static func podTemplate(_ context: EmitContext) -> YAMLValue {
        var container: [String: YAMLValue] = [
            "name": "flink-main-container",
            "ports": [["name": "metrics", "containerPort": .int(metricsPort)]],
            "securityContext": RestrictedPod.containerSecurityContext(user: flinkUser, readOnlyRoot: false),
        ]
        if context.lake.minio != nil {
            container["envFrom"] = [["secretRef": ["name": .string(ManifestNames.s3Credentials(context.name))]]]
        }
        // The labels the lake's NetworkPolicies select Flink's pods by (`LakePodsCatalog`).
        return ["apiVersion": "v1", "kind": "Pod", "metadata": ["labels": Kubernetes.labels(lake: context.name, component: "flink")], "spec": [
            "securityContext": RestrictedPod.podSecurityContext(user: flinkUser), "containers": [.map(container)],
        ]]
    }
}
