import LakeModel

/// The operators the lake installs, each at the resources its own chart ships or documents: one operator
/// reconciles one namespace's few custom resources, so its size does not grow with the lake.
enum OperatorDefaultsRule: SizingRule {
    /// Strimzi's `resources` (the chart's default, also in its install files): a JVM, so memory request = limit.
    static let strimzi = Resources(cpu: Millicores(200), memory: .mebibytes(384), cpuLimit: .cores(1))
    /// The spark-operator chart's suggested `controller.resources` and `webhook.resources`.
    static let sparkController = Resources(cpu: Millicores(100), memory: .mebibytes(300))
    static let sparkWebhook = Resources(cpu: Millicores(100), memory: .mebibytes(300))
    /// The flink-kubernetes-operator chart's suggested `operatorPod.resources`: a JVM, request = limit.
    static let flink = Resources(cpu: Millicores(250), memory: .mebibytes(512))
    /// The postgres-operator chart's default `resources`.
    static let postgres = Resources.burstable(cpu: 100, memoryMiB: 250, limitMiB: 500)
    /// The MinIO operator chart's default `operator.resources` requests, with the memory limit at the request.
    static let minio = Resources(cpu: Millicores(200), memory: .mebibytes(256))
    /// The MinIO operator chart's `operator.replicaCount` (leader election between two pods).
    static let minioReplicas = 2

    static let description = RuleDescription(
        id: "platform.operators",
        summary: "Each operator at its chart's own default or suggested resources, one pod each (MinIO's two): an operator "
            + "watches the lake's namespace only, so its load does not grow with data or users.",
        formula: "resources = the chart's documented value; memory limit = request for the JVM operators (Strimzi, Flink)",
        constants: [
            RuleConstant("strimzi-cluster-operator", strimzi.summary + ", CPU limit 1", "strimzi-kafka-operator chart values.yaml `resources`"),
            RuleConstant("spark-operator controller, webhook", "\(sparkController.summary) each", "spark-operator chart values.yaml suggested `controller.resources`, `webhook.resources`"),
            RuleConstant("flink-kubernetes-operator", flink.summary, "flink-kubernetes-operator chart values.yaml suggested `operatorPod.resources`"),
            RuleConstant("postgres-operator", postgres.summary, "postgres-operator chart values.yaml `resources`"),
            RuleConstant("minio-operator", "\(minioReplicas) × \(minio.summary)", "minio-operator chart values.yaml `operator.replicaCount`, `operator.resources.requests`"),
        ],
        source: "https://github.com/strimzi/strimzi-kafka-operator/blob/1.2.0/packaging/helm-charts/helm3/strimzi-kafka-operator/values.yaml ; "
            + "https://github.com/kubeflow/spark-operator/blob/v2.5.2/charts/spark-operator-chart/values.yaml ; "
            + "https://github.com/apache/flink-kubernetes-operator/blob/release-1.15.0/helm/flink-kubernetes-operator/values.yaml ; "
            + "https://github.com/zalando/postgres-operator/blob/v2.0.1/charts/postgres-operator/values.yaml ; "
            + "https://github.com/minio/operator/blob/v7.1.1/helm/operator/values.yaml ; sizing-rules §0.2 (memory request = limit for JVMs)",
        evidence: .documented,
        examples: [
            RuleExample("a lake with Kafka and MinIO", expect: "strimzi-cluster-operator 1 × 200m CPU, 384 MiB; minio-operator 2 × 200m CPU, 256 MiB") {
                var components = ComponentsSpec()
                components.kafka = KafkaSpec()
                components.minio = MinIOSpec()
                return parts(components).map { "\($0.name) \($0.replicas) × \($0.resources.summary)" }.joined(separator: "; ")
            },
            RuleExample("a lake with Spark only", expect: "spark-operator-controller, spark-operator-webhook") {
                var components = ComponentsSpec()
                components.spark = SparkSpec(jobs: [])
                return parts(components).map(\.name).joined(separator: ", ")
            },
        ])

    /// The operator pods a lake with `components` runs.
    static func parts(_ components: ComponentsSpec) -> [(name: String, component: ComponentKind, replicas: Int, resources: Resources)] {
        var parts: [(name: String, component: ComponentKind, replicas: Int, resources: Resources)] = []
        if components.kafka != nil { parts.append((ChartPartName.strimziOperator, .kafka, 1, strimzi)) }
        if components.spark != nil {
            parts.append((ChartPartName.sparkOperatorController, .spark, 1, sparkController))
            parts.append((ChartPartName.sparkOperatorWebhook, .spark, 1, sparkWebhook))
        }
        if components.flink != nil { parts.append((ChartPartName.flinkOperator, .flink, 1, flink)) }
        if components.postgres != nil { parts.append((ChartPartName.postgresOperator, .postgres, 1, postgres)) }
        if components.minio != nil { parts.append((ChartPartName.minioOperator, .minio, minioReplicas, minio)) }
        return parts
    }
}
