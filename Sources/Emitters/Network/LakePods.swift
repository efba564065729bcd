import LakeModel

/// A group of the lake's pods, named as in NetworkPolicy file names (`kafka`, `trino`), selected by
/// the labels its chart, operator or Lakeform puts on them: each label key with the values it may take.
public struct LakePods: Hashable, Sendable, Comparable {
    public var name: String
    public var labels: [String: [String]]

    public init(_ name: String, _ labels: [String: [String]]) {
        self.name = name
        self.labels = labels
    }

    public static func < (lhs: LakePods, rhs: LakePods) -> Bool { lhs.name < rhs.name }

    /// The Kubernetes label selector: one value is `matchLabels`, several are `matchExpressions` (`In`).
    var selector: YAMLValue {
        var single: [String: YAMLValue] = [:]
        var expressions: [YAMLValue] = []
        for key in labels.keys.sorted() {
            let values = labels[key] ?? []
            if values.count == 1 {
                single[key] = .string(values[0])
            } else {
                expressions.append(["key": .string(key), "operator": "In", "values": .list(values.map { .string($0) })])
            }
        }
        var selector: [String: YAMLValue] = [:]
        if !single.isEmpty { selector["matchLabels"] = .map(single) }
        if !expressions.isEmpty { selector["matchExpressions"] = .list(expressions) }
        return .map(selector)
    }
}

/// The pods of each component, by the labels that select them. Helm charts label their pods with
/// `app.kubernetes.io/instance: <release>` (Helm's recommended label) unless noted: the Elastic, Druid,
/// Airflow, NiFi and Pulsar charts use `release: <release>`; Hasura's chart `app: <release>-graphql-engine`.
/// Operators label what they create: Strimzi `strimzi.io/cluster`, Zalando `cluster-name`, MinIO
/// `v1.min.io/tenant`, prometheus-operator `app.kubernetes.io/instance: <Prometheus name>`. Lakeform's own
/// pods, and the Spark and Flink pods it describes, carry `Kubernetes.labels`.
enum LakePodsCatalog {
    static func own(_ context: EmitContext, _ component: String) -> LakePods {
        LakePods(component, ["app.kubernetes.io/part-of": [context.name], "app.kubernetes.io/component": [component]])
    }

    static func release(_ name: String, _ releases: [String], key: String = "app.kubernetes.io/instance") -> LakePods {
        LakePods(name, [key: releases])
    }

    static func kafka(_ context: EmitContext) -> LakePods { LakePods("kafka", ["strimzi.io/cluster": [ManifestNames.kafkaCluster(context.name)]]) }
    static func connect(_ context: EmitContext) -> LakePods {
        LakePods("connect", ["strimzi.io/cluster": [ManifestNames.connectCluster(context.name)]])
    }
    static func postgres(_ context: EmitContext) -> LakePods {
        LakePods("postgres", ["cluster-name": [ManifestNames.postgresCluster(context.name)], "application": ["spilo"]])
    }
    static func minio(_ context: EmitContext) -> LakePods { LakePods("minio", ["v1.min.io/tenant": [ManifestNames.minioTenant(context.name)]]) }
    static let trino = release("trino", ["trino"])
    static let druid = release("druid", ["druid"], key: "release")
    /// The Bitnami ZooKeeper subchart of the Druid release.
    static let druidZookeeper = LakePods("druid-zookeeper", ["app.kubernetes.io/instance": ["druid"], "app.kubernetes.io/name": ["zookeeper"]])
    static let elasticsearch = release("elasticsearch", ["elasticsearch", "elasticsearch-data"], key: "release")
    static let kibana = release("kibana", ["kibana"], key: "release")
    static let opensearch = release("opensearch", ["opensearch", "opensearch-data"])
    static let dashboards = release("opensearch-dashboards", ["opensearch-dashboards"])
    /// Milvus and its Bitnami etcd subchart.
    static let milvus = release("milvus", ["milvus"])
    /// The Apache Pulsar subchart of the Milvus release.
    static let milvusPulsar = LakePods("milvus-pulsar", ["release": ["milvus"], "app": ["pulsar"]])
    static let redis = release("redis", ["redis"])
    static let hasura = LakePods("hasura", ["app": ["hasura-graphql-engine"]])
    static let airflow = release("airflow", ["airflow"], key: "release")
    static let nifi = release("nifi", ["nifi"], key: "release")
    static let nifiZookeeper = LakePods("nifi-zookeeper", ["app.kubernetes.io/instance": ["nifi"], "app.kubernetes.io/name": ["zookeeper"]])
    /// The chart's own pods (operator, Grafana, kube-state-metrics) and the Prometheus and
    /// Alertmanager pods its operator creates.
    static let monitoring = release("monitoring", [
        PlatformNames.monitoring, "\(PlatformNames.monitoring)-prometheus", "\(PlatformNames.monitoring)-alertmanager",
    ])
    static let prometheus = LakePods("prometheus", ["app.kubernetes.io/name": ["prometheus"]])
    static let strimziOperator = LakePods("strimzi-operator", ["strimzi.io/kind": ["cluster-operator"]])
    static let sparkOperator = release("spark-operator", [PlatformNames.sparkOperator])
    static let flinkOperator = LakePods("flink-operator", ["app.kubernetes.io/name": [PlatformNames.flinkOperator]])
    static let postgresOperator = release("postgres-operator", [PlatformNames.postgresOperator])
    static let minioOperator = release("minio-operator", [PlatformNames.minioOperator])
}
