/// What sizing decided for one lake: every component's sizes, the node pools, and the
/// provenance of every number.
public struct ResolvedLake: Equatable, Sendable {
    public var spec: LakeSpec
    public var minio: ResolvedMinIO?
    public var kafka: ResolvedKafka?
    public var connect: ResolvedConnect?
    public var nifi: ResolvedReplicated?
    public var spark: ResolvedSpark?
    public var flink: ResolvedFlink?
    public var airflow: ResolvedAirflow?
    public var trino: ResolvedTrino?
    public var druid: ResolvedDruid?
    public var elasticsearch: ResolvedSearch?
    public var opensearch: ResolvedSearch?
    public var milvus: ResolvedMilvus?
    public var postgres: ResolvedPostgres?
    public var redis: ResolvedRedis?
    public var fastapi: ResolvedReplicated?
    public var hasura: ResolvedReplicated?
    public var monitoring: ResolvedMonitoring?
    public var atlas: ResolvedReplicated?
    /// Operators, sidecars, exporters and jobs of the charts, beside the components' pods.
    public var chartParts = ResolvedChartParts()
    public var nodePools: [ResolvedNodePool] = []
    public var provenance = Provenance()

    public init(spec: LakeSpec) { self.spec = spec }

    public var name: String { spec.name }

    /// Every pod group of every component, for packing and pricing.
    public var podGroups: [PodGroup] {
        var groups: [PodGroup] = []
        groups += minio?.pods ?? []
        groups += kafka?.pods ?? []
        groups += connect?.pods ?? []
        groups += nifi?.pods ?? []
        groups += spark?.pods ?? []
        groups += flink?.pods ?? []
        groups += airflow?.pods ?? []
        groups += trino?.pods ?? []
        groups += druid?.pods ?? []
        groups += elasticsearch?.pods ?? []
        groups += opensearch?.pods ?? []
        groups += milvus?.pods ?? []
        groups += postgres?.pods ?? []
        groups += redis?.pods ?? []
        groups += fastapi?.pods ?? []
        groups += hasura?.pods ?? []
        groups += monitoring?.pods ?? []
        groups += atlas?.pods ?? []
        groups += chartParts.pods
        return groups
    }

    /// The pod groups running at the busiest moment, for packing: Spark jobs that the DAGs run one after
    /// another share capacity, so only the runs that reach the most concurrent executors count.
    public var podGroupsAtPeak: [PodGroup] {
        guard let spark else { return podGroups }
        let sparkNames = Set(spark.pods.map(\.name))
        return podGroups.filter { !sparkNames.contains($0.name) } + spark.concurrentPods
    }

    /// The DaemonSets' pods (node-exporter): one on every node of every pool, counted under monitoring.
    public var daemonSetPods: [PodGroup] {
        let nodes = IntegerMath.sum(nodePools.map(\.nodes))
        return chartParts.perNode.sorted { $0.key < $1.key }.map {
            PodGroup(name: $0.key, component: .monitoring, replicas: nodes, resources: $0.value, stateful: false)
        }
    }
}
