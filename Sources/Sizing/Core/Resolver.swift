import Diagnostics
import LakeModel

/// Turns a `LakeSpec` into a `ResolvedLake` by running every component's sizing rules, then
/// checks the invariants. Pure: no I/O.
public enum Resolver {
    public static func resolve(_ spec: LakeSpec) -> (lake: ResolvedLake, diagnostics: Diagnostics) {
        let ledger = Ledger(lake: spec)
        var lake = ResolvedLake(spec: spec)
        let components = spec.components
        lake.kafka = components.kafka.map { KafkaResolver.resolve($0, ledger) }
        lake.connect = components.debezium.map { ConnectResolver.resolve($0, ledger) }
        lake.nifi = components.nifi.map { NiFiResolver.resolve($0, ledger) }
        lake.spark = components.spark.map { SparkResolver.resolve($0, ledger) }
        lake.flink = components.flink.map { FlinkResolver.resolve($0, kafka: lake.kafka, ledger) }
        lake.airflow = components.airflow.map { AirflowResolver.resolve($0, ledger) }
        lake.trino = components.trino.map { TrinoResolver.resolve($0, ledger) }
        lake.druid = components.druid.map { DruidResolver.resolve($0, kafka: lake.kafka, ledger) }
        lake.milvus = components.milvus.map { MilvusResolver.resolve($0, ledger) }
        // MinIO stores Druid's deep storage, Flink's checkpoints, Kafka's tiered segments and Milvus's files besides the lake's data.
        lake.minio = components.minio.map {
            MinIOResolver.resolve($0, kafka: lake.kafka, flink: lake.flink, druid: lake.druid, milvus: lake.milvus, ledger)
        }
        lake.redis = components.redis.map { RedisResolver.resolve($0, ledger) }
        lake.fastapi = components.fastapi.map { ReplicatedResolver.fastapi($0, ledger) }
        lake.hasura = components.hasura.map { ReplicatedResolver.hasura($0, ledger) }
        lake.atlas = components.atlas.map { ReplicatedResolver.atlas($0, ledger) }
        lake.postgres = components.postgres.map { PostgresResolver.resolve($0, ledger) }
        lake.chartParts = ChartPartsResolver.resolve(lake, ledger)
        // Platform logs come from every other pod, the charts' own included; monitoring scrapes every pod.
        let otherPods = lake.podGroups.reduce(0) { $0 + $1.replicas }
        lake.elasticsearch = components.elasticsearch.map { SearchResolver.resolve($0, kind: .elasticsearch, pods: otherPods, ledger) }
        lake.opensearch = components.opensearch.map { SearchResolver.resolve($0, kind: .opensearch, pods: otherPods, ledger) }
        let podCount = lake.podGroups.reduce(0) { $0 + $1.replicas }
        lake.monitoring = components.monitoring.map { MonitoringResolver.resolve($0, podCount: podCount, ledger) }
        ChartPartsResolver.addMonitoring(&lake, ledger)
        ChartPartsResolver.pack(&lake, ledger)
        lake.provenance = ledger.provenance
        Invariants.check(lake, ledger)
        return (lake, ledger.diagnostics)
    }
}
