import Diagnostics
import LakeModel
import LakeformWire

/// Maps the query, search, vector, API, cache, monitoring components.
enum ServiceMapper {
    private typealias C = ComponentMapper
    private typealias B = InputBounds

    static func mapTrino(_ wire: Wire.Trino, _ context: MappingContext) -> TrinoSpec {
        var spec = TrinoSpec()
        if let sla = C.duration(wire.querySLA, B.trinoQuerySLA, "trino", context) { spec.querySLA = sla }
        spec.workerMemory = C.size(wire.workerMemory, B.trinoWorkerMemory, "trino", context)
        return spec
    }

    static func mapDruid(_ wire: Wire.Druid, streams: [String], _ context: MappingContext) -> DruidSpec {
        var spec = DruidSpec()
        if let source = wire.source {
            context.requireKnown(source, in: streams, kind: "stream", at: "components.druid.source", address: "druid.source")
            spec.source = source
        }
        if let retention = C.duration(wire.hotRetention, B.druidHotRetention, "druid", context) { spec.hotRetention = retention }
        if let replicants = C.count(wire.replicants, B.druidReplicants, "druid", context) { spec.replicants = replicants }
        return spec
    }

    static func mapSearch(_ wire: Wire.SearchCluster, _ name: String, _ context: MappingContext) -> SearchSpec {
        var spec = SearchSpec()
        if let retention = C.duration(wire.retention, B.searchRetention, name, context) { spec.retention = retention }
        if let replicas = C.count(wire.replicas, B.searchReplicas, name, context) { spec.replicas = replicas }
        spec.nodes = C.count(wire.nodes, B.searchNodes, name, context)
        spec.dashboards = wire.dashboards ?? true
        return spec
    }

    static func mapMilvus(_ wire: Wire.Milvus, _ context: MappingContext) -> MilvusSpec {
        var spec = MilvusSpec()
        if let index = wire.index { spec.index = .init(rawValue: index.rawValue) ?? .hnsw }
        if let m = C.count(wire.hnswM, B.milvusHnswM, "milvus", context) { spec.hnswM = m }
        if let nlist = C.count(wire.ivfNlist, B.milvusIvfNlist, "milvus", context) { spec.ivfNlist = nlist }
        if let replicas = C.count(wire.replicas, B.milvusReplicas, "milvus", context) { spec.replicas = replicas }
        return spec
    }

    static func mapFastAPI(_ wire: Wire.FastAPI, _ context: MappingContext) -> FastAPISpec {
        var spec = FastAPISpec(image: wire.image)
        spec.requestsPerSecond = C.count(wire.requestsPerSecond, B.fastapiRequestsPerSecond, "fastapi", context)
        spec.requestsPerReplica = C.count(wire.requestsPerReplica, B.fastapiRequestsPerReplica, "fastapi", context)
        return spec
    }

    static func mapHasura(_ wire: Wire.Hasura, _ context: MappingContext) -> HasuraSpec {
        var spec = HasuraSpec()
        spec.replicas = C.count(wire.replicas, B.hasuraReplicas, "hasura", context)
        if let secret = wire.secret { spec.secret = secret }
        return spec
    }

    static func mapRedis(_ wire: Wire.Redis, _ context: MappingContext) -> RedisSpec {
        var spec = RedisSpec()
        if let architecture = wire.architecture { spec.architecture = .init(rawValue: architecture.rawValue) ?? .replication }
        spec.maxMemory = C.size(wire.maxMemory, B.redisMaxMemory, "redis", context)
        spec.persistence = wire.persistence ?? false
        if let replicas = C.count(wire.replicas, B.redisReplicas, "redis", context) { spec.replicas = replicas }
        return spec
    }

    static func mapMonitoring(_ wire: Wire.Monitoring, _ context: MappingContext) -> MonitoringSpec {
        var spec = MonitoringSpec()
        if let retention = C.duration(wire.retention, B.monitoringRetention, "monitoring", context) { spec.retention = retention }
        spec.activeSeries = C.count(wire.activeSeries, B.monitoringActiveSeries, "monitoring", context)
        if let interval = C.duration(wire.scrapeInterval, B.monitoringScrapeInterval, "monitoring", context) { spec.scrapeInterval = interval }
        spec.grafana = wire.grafana ?? true
        return spec
    }
}
