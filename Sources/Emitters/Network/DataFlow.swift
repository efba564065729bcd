import LakeModel

/// One connection the lake needs: pods of `client` open connections to `server` on `ports` (TCP;
/// none means every port, as within one component). Everything else in the namespace is denied.
public struct DataFlow: Hashable, Sendable {
    /// Where a flow goes: the lake's pods, or something outside the pod network (the API server,
    /// the nodes' kubelets and exporters), which is allowed by port only.
    public enum Server: Hashable, Sendable {
        case pods(LakePods)
        case outside(String)

        public static let apiServer = Server.outside("kube-apiserver")
        public static let nodes = Server.outside("nodes")
    }

    public var client: LakePods
    public var server: Server
    public var ports: [Int]

    public init(_ client: LakePods, _ server: Server, ports: [Int]) {
        self.client = client
        self.server = server
        self.ports = ports
    }

    /// `<client>` to `<server>`: the NetworkPolicy name's second half.
    public var serverName: String {
        switch server {
        case .pods(let pods): pods.name
        case .outside(let name): name
        }
    }

    /// `trino-to-minio`.
    public var name: String { "\(client.name)-to-\(serverName)" }
}

/// The lake's data flows, derived from the resolved lake in one place: each component adds exactly
/// the connections it opens and the ones opened to it, so removing a component removes its flows.
public enum DataFlows {
    static let kafkaPorts = [9092, 9093]
    static let apiServerPorts = [443, 6443]
    static let s3Port = 9000
    static let postgresPort = 5432
    static let milvusPort = 19530

    public static func of(_ context: EmitContext) -> [DataFlow] {
        let lake = context.lake
        let pods = LakePodsCatalog.self
        var flows: [DataFlow] = []
        func flow(_ client: LakePods, _ server: LakePods?, _ ports: [Int]) {
            if let server { flows.append(DataFlow(client, .pods(server), ports: ports)) }
        }
        func api(_ client: LakePods) { flows.append(DataFlow(client, .apiServer, ports: apiServerPorts)) }

        let kafka = lake.kafka.map { _ in pods.kafka(context) }
        let connect = lake.connect.map { _ in pods.connect(context) }
        let minio = lake.minio.map { _ in pods.minio(context) }
        let postgres = lake.postgres.map { _ in pods.postgres(context) }
        let spark = lake.spark.map { _ in pods.own(context, "spark") }
        let flink = lake.flink.map { _ in pods.own(context, "flink") }
        let trino = lake.trino.map { _ in pods.trino }
        let druid = lake.druid.map { _ in pods.druid }
        let milvus = lake.milvus.map { _ in pods.milvus }
        let redis = lake.redis.map { _ in pods.redis }
        let nifi = lake.nifi.map { _ in pods.nifi }
        let airflow = lake.airflow.map { _ in pods.airflow }

        // Each multi-pod component talks to itself: brokers and controllers, coordinators and workers, members of a cluster.
        let members: [LakePods?] = [
            kafka, connect, minio, postgres, spark, flink, trino, druid, lake.druid.map { _ in pods.druidZookeeper },
            lake.elasticsearch.map { _ in pods.elasticsearch }, lake.opensearch.map { _ in pods.opensearch }, milvus,
            lake.milvus?.messageQueue == .pulsar ? pods.milvusPulsar : nil, redis, nifi, nifi.map { _ in pods.nifiZookeeper }, airflow,
            lake.monitoring.map { _ in pods.monitoring }, lake.atlas.map { _ in pods.own(context, "atlas") },
        ]
        for member in members.compactMap({ $0 }) { flow(member, member, []) }

        // Kafka clients → brokers.
        let milvusOnKafka = lake.milvus?.messageQueue == .lakeKafka ? milvus : nil
        for client in [connect, flink, druid, spark, milvusOnKafka, nifi] { if let client { flow(client, kafka, kafkaPorts) } }
        // S3 clients → MinIO.
        let tiered = lake.kafka.flatMap { KafkaTieredStorage.cluster(context, $0) } != nil ? kafka : nil
        for client in [spark, flink, trino, druid, milvus, tiered] { if let client { flow(client, minio, [s3Port]) } }
        // PostgreSQL clients: the Iceberg JDBC catalog (Spark, Flink, Trino), metadata stores, the APIs.
        let hasura = lake.hasura.map { _ in pods.hasura }
        let fastapi = lake.fastapi.map { _ in pods.own(context, "fastapi") }
        for client in [spark, flink, trino, druid, airflow, hasura, fastapi] { if let client { flow(client, postgres, [postgresPort]) } }
        if let fastapi {
            flow(fastapi, redis, [6379])
            flow(fastapi, trino, [8080])
            flow(fastapi, milvus, [milvusPort])  // the Milvus proxy's gRPC port (chart service.port)
        }
        // Embedding writers → Milvus: Flink's Milvus sink connector and the Spark-Milvus connector insert the vectors they compute.
        for client in [flink, spark] { if let client { flow(client, milvus, [milvusPort]) } }
        if let hasura { flow(hasura, redis, [6379]) }
        if let druid { flow(druid, pods.druidZookeeper, [2181]) }
        if let nifi { flow(nifi, pods.nifiZookeeper, [2181]) }
        if let milvus, lake.milvus?.messageQueue == .pulsar { flow(milvus, pods.milvusPulsar, [6650, 8080]) }
        if lake.elasticsearch != nil { flow(pods.kibana, pods.elasticsearch, [9200]) }
        if lake.opensearch != nil { flow(pods.dashboards, pods.opensearch, [9200]) }
        // Prometheus → the metrics ports of the monitors Lakeform writes.
        if lake.monitoring != nil {
            flow(pods.prometheus, kafka, [MonitorPorts.strimzi])
            flow(pods.prometheus, connect, [MonitorPorts.strimzi])
            if lake.flink?.jobs.isEmpty == false { flow(pods.prometheus, flink, [FlinkManifests.metricsPort]) }
            flow(pods.prometheus, minio, [s3Port])
        }
        // Operators → the API server and their operands; the pods that manage themselves through the API.
        if let kafka {
            api(pods.strimziOperator)
            flow(pods.strimziOperator, kafka, [9090, 9091])
            flow(pods.strimziOperator, connect, [8083])
        }
        if let spark {
            api(pods.sparkOperator)
            api(spark)  // drivers create their executors
            if let airflow { api(airflow) }  // SparkKubernetesOperator submits SparkApplications
        }
        if let flink {
            api(pods.flinkOperator)
            flow(pods.flinkOperator, flink, [8081])
            api(flink)  // native Kubernetes mode: the JobManager creates TaskManagers
        }
        if let postgres {
            api(pods.postgresOperator)
            flow(pods.postgresOperator, postgres, [postgresPort, 8008])
            api(postgres)  // Patroni keeps its leader lock in the Kubernetes API
        }
        if let minio {
            api(pods.minioOperator)
            flow(pods.minioOperator, minio, [s3Port])
        }
        if lake.monitoring != nil {
            api(pods.monitoring)
            flows.append(DataFlow(pods.prometheus, .nodes, ports: [10250, 9100]))  // kubelets and the node exporter (host network)
        }
        if airflow != nil, lake.spark == nil { api(pods.airflow) }  // KubernetesExecutor creates task pods
        return unique(flows)
    }

    /// Pods the API server calls (admission webhooks), with their ports. The control plane is not a
    /// pod, so these are admitted from any source on the webhook port only.
    public static func webhooks(_ context: EmitContext) -> [(pods: LakePods, ports: [Int])] {
        let lake = context.lake
        var webhooks: [(pods: LakePods, ports: [Int])] = []
        if lake.spark != nil { webhooks.append((LakePodsCatalog.sparkOperator, [9443])) }
        if lake.flink != nil { webhooks.append((LakePodsCatalog.flinkOperator, [9443])) }
        if lake.monitoring != nil { webhooks.append((LakePodsCatalog.monitoring, [10250])) }
        return webhooks
    }

    /// Each flow once, in first-seen order.
    static func unique(_ flows: [DataFlow]) -> [DataFlow] {
        var seen: Set<DataFlow> = []
        return flows.filter { seen.insert($0).inserted }
    }
}

/// Metrics ports of the monitors in `MonitorManifests`.
enum MonitorPorts {
    /// Strimzi's metrics reporter (`tcp-prometheus`).
    static let strimzi = 9404
}
