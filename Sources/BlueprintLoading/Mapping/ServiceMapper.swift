import Diagnostics
import LakeModel
import LakeformWire

/// Maps the query, search, vector, API, cache, monitoring components.
enum ServiceMapper {
    private typealias C = ComponentMapper

    static func mapTrino(_ wire: Wire.Trino, _ context: MappingContext) -> TrinoSpec {
        var spec = TrinoSpec()
        if let sla = C.duration(wire.querySLA, "querySLA", "trino", context) { spec.querySLA = sla }
        spec.workerMemory = C.size(wire.workerMemory, "workerMemory", "trino", context)
        return spec
    }

    static func mapDruid(_ wire: Wire.Druid, streams: [String], _ context: MappingContext) -> DruidSpec {
        var spec = DruidSpec()
        if let source = wire.source {
            context.requireKnown(source, in: streams, kind: "stream", at: "components.druid.source", address: "druid.source")
            spec.source = source
        }
        if let retention = C.duration(wire.hotRetention, "hotRetention", "druid", context) { spec.hotRetention = retention }
        if let replicants = C.count(wire.replicants, "replicants", "druid", context) { spec.replicants = replicants }
        return spec
    }

    static func mapSearch(_ wire: Wire.SearchCluster, _ name: String, _ context: MappingContext) -> SearchSpec {
        var spec = SearchSpec()
        if let retention = C.duration(wire.retention, "retention", name, context) { spec.retention = retention }
        if let replicas = wire.replicas {
            if replicas < 0 {
                context.error("spec.outOfRange", "\(name).replicas cannot be negative", at: "components.\(name).replicas",
                              address: "\(name).replicas")
            } else {
                spec.replicas = replicas
            }
        }
        spec.nodes = C.count(wire.nodes, "nodes", name, context)
        spec.dashboards = wire.dashboards ?? true
        return spec
    }

    static func mapMilvus(_ wire: Wire.Milvus, _ context: MappingContext) -> MilvusSpec {
        var spec = MilvusSpec()
        if let index = wire.index { spec.index = .init(rawValue: index.rawValue) ?? .hnsw }
        if let m = C.count(wire.hnswM, "hnswM", "milvus", context) { spec.hnswM = m }
        if let nlist = C.count(wire.ivfNlist, "ivfNlist", "milvus", context) { spec.ivfNlist = nlist }
        if let replicas = C.count(wire.replicas, "replicas", "milvus", context) { spec.replicas = replicas }
        return spec
    }

    static func mapFastAPI(_ wire: Wire.FastAPI, _ context: MappingContext) -> FastAPISpec {
        var spec = FastAPISpec(image: wire.image)
        spec.requestsPerSecond = C.count(wire.requestsPerSecond, "requestsPerSecond", "fastapi", context)
        spec.requestsPerReplica = C.count(wire.requestsPerReplica, "requestsPerReplica", "fastapi", context)
        return spec
    }

    static func mapHasura(_ wire: Wire.Hasura, _ context: MappingContext) -> HasuraSpec {
        var spec = HasuraSpec()
        spec.replicas = C.count(wire.replicas, "replicas", "hasura", context)
        if let secret = wire.secret { spec.secret = secret }
        return spec
    }

    static func mapRedis(_ wire: Wire.Redis, _ context: MappingContext) -> RedisSpec {
        var spec = RedisSpec()
        if let architecture = wire.architecture { spec.architecture = .init(rawValue: architecture.rawValue) ?? .replication }
        spec.maxMemory = C.size(wire.maxMemory, "maxMemory", "redis", context)
        spec.persistence = wire.persistence ?? false
        if let replicas = C.count(wire.replicas, "replicas", "redis", context) { spec.replicas = replicas }
        return spec
    }

    static func mapMonitoring(_ wire: Wire.Monitoring, _ context: MappingContext) -> MonitoringSpec {
        var spec = MonitoringSpec()
        if let retention = C.duration(wire.retention, "retention", "monitoring", context) { spec.retention = retention }
        spec.activeSeries = C.count(wire.activeSeries, "activeSeries", "monitoring", context)
        if let interval = C.duration(wire.scrapeInterval, "scrapeInterval", "monitoring", context) { spec.scrapeInterval = interval }
        spec.grafana = wire.grafana ?? true
        return spec
    }
}
