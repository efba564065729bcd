import Diagnostics
import LakeModel
import LakeformWire

/// Maps the component settings, checking values and cross-references.
enum ComponentMapper {
    private typealias B = InputBounds

    /// `streams` are the stream names the blueprint declares, whether or not their rates are valid, so a reference to
    /// a stream whose rate has an error reports that error alone.
    static func map(_ wire: Wire.Components, workload: WorkloadSpec?, streams: [String], _ context: MappingContext) -> ComponentsSpec {
        var spec = ComponentsSpec()
        spec.minio = wire.minio.map { mapMinIO($0, context) }
        spec.iceberg = wire.iceberg.map { IcebergMapper.map($0, context) }
        spec.postgres = wire.postgres.map { mapPostgres($0, context) }
        spec.kafka = wire.kafka.map { mapKafka($0, context) }
        spec.nifi = wire.nifi.map { wire in
            var nifi = NiFiSpec()
            nifi.nodes = count(wire.nodes, B.nifiNodes, "nifi", context)
            return nifi
        }
        spec.debezium = wire.debezium.map { mapDebezium($0, context) }
        spec.spark = wire.spark.map { PipelineMapper.mapSpark($0, context) }
        spec.flink = wire.flink.map { PipelineMapper.mapFlink($0, streams: streams, context) }
        spec.airflow = wire.airflow.map { PipelineMapper.mapAirflow($0, sparkJobs: spec.spark?.jobs.map(\.name) ?? [], context) }
        spec.trino = wire.trino.map { ServiceMapper.mapTrino($0, context) }
        spec.druid = wire.druid.map { ServiceMapper.mapDruid($0, streams: streams, context) }
        spec.elasticsearch = wire.elasticsearch.map { ServiceMapper.mapSearch($0, "elasticsearch", context) }
        spec.opensearch = wire.opensearch.map { ServiceMapper.mapSearch($0, "opensearch", context) }
        spec.milvus = wire.milvus.map { ServiceMapper.mapMilvus($0, context) }
        spec.fastapi = wire.fastapi.map { ServiceMapper.mapFastAPI($0, context) }
        spec.hasura = wire.hasura.map { ServiceMapper.mapHasura($0, context) }
        spec.redis = wire.redis.map { ServiceMapper.mapRedis($0, context) }
        spec.monitoring = wire.monitoring.map { ServiceMapper.mapMonitoring($0, context) }
        spec.atlas = wire.atlas.map { wire in
            var atlas = AtlasSpec()
            atlas.replicas = count(wire.replicas, B.atlasReplicas, "atlas", context)
            atlas.image = wire.image
            return atlas
        }
        if spec.milvus != nil, workload?.vectors == nil {
            context.warning("workload.missingVectors", "milvus is deployed but the workload declares no vectors",
                            at: "components.milvus", address: "milvus", notes: ["add vectors(count, dimensions) to size query nodes"])
        }
        return spec
    }

    /// A count setting that must lie within its documented bound when present.
    static func count(_ value: Int?, _ bound: InputBound, _ component: String, _ context: MappingContext) -> Int? {
        guard let value else { return nil }
        let field = bound.property
        return context.bounded(value, bound, "\(component).\(field)", at: "components.\(component).\(field)",
                               address: "\(component).\(field)")
    }

    /// A size setting that must lie within its documented bound when present.
    static func size(_ value: Wire.ByteCount?, _ bound: InputBound, _ component: String, _ context: MappingContext) -> Bytes? {
        count(value?.bytes, bound, component, context).map { Bytes($0) }
    }

    /// A duration setting that must lie within its documented bound when present.
    static func duration(_ value: Wire.TimeSpan?, _ bound: InputBound, _ component: String, _ context: MappingContext) -> Seconds? {
        count(value?.seconds, bound, component, context).map(Seconds.init)
    }

    private static func mapMinIO(_ wire: Wire.MinIO, _ context: MappingContext) -> MinIOSpec {
        var spec = MinIOSpec()
        spec.nodes = count(wire.nodes, B.minioNodes, "minio", context)
        spec.drivesPerNode = count(wire.drivesPerNode, B.minioDrivesPerNode, "minio", context)
        spec.driveSize = size(wire.driveSize, B.minioDriveSize, "minio", context)
        if let media = wire.media { spec.media = DriveMedia(rawValue: media.rawValue) ?? .nvme }
        if let parity = wire.parity {
            spec.parity = context.bounded(parity, B.minioParity, "minio.parity (EC:0 to EC:8)", at: "components.minio.parity",
                                          address: "minio.parity", notes: ["parity can be at most half the erasure set of 16"])
        }
        if let fill = wire.fillTargetPercent {
            spec.fillTargetPercent = context.bounded(fill, B.minioFillTarget, "minio.fillTargetPercent",
                                                     at: "components.minio.fillTargetPercent", address: "minio.fillTarget")
        }
        if let bucket = wire.bucket { spec.bucket = bucket }
        return spec
    }

    private static func mapPostgres(_ wire: Wire.Postgres, _ context: MappingContext) -> PostgresSpec {
        var spec = PostgresSpec()
        spec.instances = count(wire.instances, B.postgresInstances, "postgres", context)
        spec.pgvector = wire.pgvector ?? false
        spec.databases = wire.databases ?? []
        context.requireUnique(spec.databases.enumerated().map { ($0.element, "components.postgres.databases[\($0.offset)]") },
                              kind: "database", address: "postgres.databases")
        spec.memory = size(wire.memory, B.postgresMemory, "postgres", context)
        spec.volume = size(wire.volume, B.postgresVolume, "postgres", context)
        spec.maxConnections = count(wire.maxConnections, B.postgresMaxConnections, "postgres", context)
        if let version = wire.version { spec.version = version }
        return spec
    }

    private static func mapKafka(_ wire: Wire.Kafka, _ context: MappingContext) -> KafkaSpec {
        var spec = KafkaSpec()
        if let version = wire.version { spec.version = version }
        if let rf = count(wire.replicationFactor, B.kafkaReplicationFactor, "kafka", context) { spec.replicationFactor = rf }
        if let minISR = count(wire.minInsyncReplicas, B.kafkaMinInsyncReplicas, "kafka", context) { spec.minInsyncReplicas = minISR }
        if spec.minInsyncReplicas > spec.replicationFactor {
            context.error("kafka.minInsyncAboveRF",
                          "min.insync.replicas \(spec.minInsyncReplicas) is above the replication factor \(spec.replicationFactor)",
                          at: "components.kafka.minInsyncReplicas", address: "kafka.minInsyncReplicas",
                          notes: ["with acks=all no write could ever succeed; use RF 3 with min.insync.replicas 2"])
        }
        if let controllers = wire.controllers {
            if controllers == 3 || controllers == 5 {  // within InputBounds.kafkaControllers, which the schema documents
                spec.controllers = controllers
            } else {
                context.error("kafka.controllers", "KRaft needs 3 or 5 controllers, not \(controllers)",
                              at: "components.kafka.controllers", address: "kafka.controllers",
                              notes: ["3 tolerate one failure, 5 tolerate two (Apache Kafka docs, KRaft operations)"])
            }
        }
        if let zones = count(wire.zones, B.kafkaZones, "kafka", context) { spec.zones = zones }
        return spec
    }

    private static func mapDebezium(_ wire: Wire.Debezium, _ context: MappingContext) -> DebeziumSpec {
        context.requireUnique(wire.sources.enumerated().map { ($0.element.name, "components.debezium.sources[\($0.offset)]") },
                              kind: "CDC source", address: "debezium.sources", folding: .kubernetes)
        var spec = DebeziumSpec(sources: wire.sources.enumerated().map { index, source in
            let database = CDCSourceSpec.Database(rawValue: source.database.rawValue) ?? .postgres
            let port = source.port.flatMap {
                context.bounded($0, B.cdcPort, "port of CDC source '\(source.name)'", at: "components.debezium.sources[\(index)].port",
                                address: "debezium.sources.\(source.name).port")
            }
            return CDCSourceSpec(
                name: source.name, database: database, host: source.host, port: port ?? database.defaultPort,
                databaseName: source.databaseName, tables: source.tables, credentialsSecret: source.credentialsSecret)
        })
        spec.connectWorkers = count(wire.connectWorkers, B.connectWorkers, "debezium", context)
        return spec
    }
}

extension CDCSourceSpec.Database {
    /// The port each database listens on by default.
    var defaultPort: Int {
        switch self {
        case .postgres: 5432
        case .mysql: 3306
        case .mongodb: 27017
        case .sqlserver: 1433
        case .oracle: 1521
        }
    }
}
