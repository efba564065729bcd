@testable import Emitters
import LakeModel
import Sizing
import TestSupport
import Testing

/// The query and serving charts' values carry the resolved numbers, pinned releases and Secret
/// references only.
@Suite struct ServingValuesTests {
    static let lake = SampleLakes.resolved()
    static let context = EmitContext(lake: lake)

    func values(_ release: String, _ context: EmitContext = Self.context) throws -> YAMLValue {
        try #require(ServingValuesFamily.charts(context).first { $0.release.name == release }).values
    }

    @Test func trinoValuesAreTheResolvedNumbers() throws {
        let trino = try #require(Self.lake.trino)
        let values = try values("trino")
        #expect(values[path: "server.workers"] == .int(trino.workers))
        #expect(values[path: "server.config.query.maxMemory"] == .string("\(trino.maxMemory.value >> 20)MB"))
        #expect(values[path: "worker.jvm.maxHeapSize"] == .string("\(trino.workerHeap.value >> 20)M"))
        #expect(values[path: "coordinator.jvm.maxHeapSize"] == .string("\(trino.coordinatorHeap.value >> 20)M"))
        #expect(values[path: "worker.config.query.maxMemoryPerNode"] == .string("\(trino.maxMemoryPerNode.value >> 20)MB"))
        #expect(values[path: "worker.config.memory.heapHeadroomPerNode"] == .string("\(trino.heapHeadroomPerNode.value >> 20)MB"))
        #expect(values[path: "worker.resources"] == Kubernetes.resources(trino.worker))
        #expect(values[path: "coordinator.resources"] == Kubernetes.resources(trino.coordinator))
        // The coordinator's per-node memory and headroom fit its own heap.
        let share = TrinoValues.coordinatorMemory(trino)
        #expect(share.perNode.value + share.headroom.value < trino.coordinatorHeap.value)
        #expect(values[path: "coordinator.config.query.maxMemoryPerNode"] == .string("\(share.perNode.value >> 20)MB"))
    }

    @Test func trinoCatalogIsTheIcebergPropertiesWithCredentialsFromSecrets() throws {
        let values = try values("trino")
        let iceberg = try #require(Self.lake.spec.components.iceberg)
        let text = try #require(values[path: "catalogs.\(iceberg.catalog)"])
        guard case .string(let properties) = text else { Issue.record("catalog is not text"); return }
        #expect(properties.contains("connector.name=iceberg\n"))
        #expect(properties.contains("iceberg.catalog.type=jdbc\n"))
        #expect(properties.contains("s3.aws-secret-key=${ENV:AWS_SECRET_ACCESS_KEY}\n"))
        #expect(properties.contains("iceberg.jdbc-catalog.connection-password=${ENV:ICEBERG_JDBC_PASSWORD}\n"))
        guard case .list(let env)? = values[path: "env"] else { Issue.record("no env"); return }
        let names = env.compactMap { $0[path: "name"] }
        #expect(names == ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "ICEBERG_JDBC_USER", "ICEBERG_JDBC_PASSWORD"])
        #expect(env.allSatisfy { $0[path: "valueFrom.secretKeyRef.name"] != nil && $0[path: "value"] == nil })
    }

    @Test func druidValuesAreTheResolvedNumbers() throws {
        let druid = try #require(Self.lake.druid)
        let values = try values("druid")
        #expect(values[path: "historical.replicaCount"] == .int(druid.historicals))
        #expect(values[path: "middleManager.replicaCount"] == .int(druid.middleManagers))
        #expect(values[path: "middleManager.autoscaling.enabled"] == false)
        #expect(values[path: "broker.replicaCount"] == .int(druid.brokers))
        #expect(values[path: "coordinator.replicaCount"] == .int(druid.pods.first { $0.name == "druid-coordinator" }?.replicas ?? -1))
        #expect(values[path: "historical.resources"] == Kubernetes.resources(druid.historical))
        #expect(values[path: "middleManager.resources"] == Kubernetes.resources(druid.middleManager))
        #expect(values[path: "broker.resources"] == Kubernetes.resources(druid.broker))
        #expect(values[path: "coordinator.resources"] == Kubernetes.resources(druid.coordinator))
        #expect(values[path: "historical.config.DRUID_XMX"] == .string(ServingFormats.jvm(druid.historicalHeap)))
        #expect(values[path: "historical.config.DRUID_MAXDIRECTMEMORYSIZE"] == .string(ServingFormats.jvm(druid.historicalDirect)))
        #expect(values[path: "historical.config.druid_processing_numThreads"] == .int(druid.processingThreads))
        #expect(values[path: "historical.config.druid_processing_numMergeBuffers"] == .int(druid.mergeBuffers))
        #expect(values[path: "historical.config.druid_processing_buffer_sizeBytes"] == .string(String(druid.bufferSize.value)))
        #expect(values[path: "historical.config.druid_server_maxSize"] == .string(String(druid.segmentCachePerHistorical.value)))
        #expect(values[path: "historical.persistence.size"] == Kubernetes.quantity(druid.historicalVolume))
        #expect(druid.segmentCachePerHistorical < druid.historicalVolume, "the cache sits below its volume")
        #expect(values[path: "broker.config.DRUID_XMX"] == .string(ServingFormats.jvm(druid.brokerHeap)))
        #expect(values[path: "middleManager.config.druid_worker_capacity"] == .int(druid.workerCapacity))
        #expect(values[path: "middleManager.persistence.size"] == Kubernetes.quantity(druid.middleManagerDisk))
        #expect(values[path: "middleManager.config.druid_indexer_runner_javaOptsArray"]
            == .string(DruidValues.peonJavaOpts(heap: druid.peonHeap, direct: druid.peonDirect)))
        // MiddleManager heap + capacity × (peon heap + peon direct) leaves JVM headroom in the container.
        #expect(DruidValues.middleManagerHeap.value + druid.workerCapacity * (druid.peonHeap.value + druid.peonDirect.value)
            < druid.middleManager.memoryLimit.value)
        #expect(values[path: "router.replicaCount"] == .int(druid.routers))
        #expect(values[path: "router.config.DRUID_XMX"] == .string(ServingFormats.jvm(druid.routerHeap)))
        #expect(values[path: "zookeeper.replicaCount"] == .int(druid.zookeeperReplicas))
        #expect(values[path: "zookeeper.heapSize"] == .int(druid.zookeeperHeap.value >> 20))
    }

    @Test func druidStoresOnMinIOAndReadsItsPasswordFromTheEnvironment() throws {
        let values = try values("druid")
        #expect(values[path: "configVars.druid_storage_type"] == "s3")
        #expect(values[path: "configVars.druid_storage_bucket"] == "datalake")
        #expect(values[path: "configVars.druid_s3_endpoint_url"] == "http://minio.lake.svc:80")
        #expect(values[path: "configVars.druid_metadata_storage_connector_connectURI"] == "jdbc:postgresql://lakeform-sample.lake.svc:5432/druid")
        #expect(values[path: "configVars.druid_metadata_storage_connector_password"]
            == "{\"type\":\"environment\",\"variable\":\"DRUID_METADATA_PASSWORD\"}")
        #expect(values[path: "postgresql.enabled"] == false)
        let patches = ServingValuesFamily.helmfilePatches(Self.context)["druid"] ?? []
        #expect(patches.compactMap { $0[path: "metadata.name"] } == ["druid-coordinator", "druid-historical", "druid-middle-manager"])
        let coordinatorEnv = patches.first?[path: "spec.template.spec.containers"]
        guard case .list(let containers)? = coordinatorEnv, case .list(let env)? = containers.first?[path: "env"] else {
            Issue.record("no env patch"); return
        }
        #expect(env.compactMap { $0[path: "name"] } == ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "DRUID_METADATA_PASSWORD"])
    }

    @Test func searchValuesAreTheResolvedNumbers() throws {
        let elastic = try #require(Self.lake.elasticsearch)
        let esMasters = try #require(elastic.masters, "the sample's Elasticsearch has more than 5 data nodes")
        let es = try values("elasticsearch-data")
        let heap = "\(elastic.heap.value >> 30)g"
        #expect(es[path: "replicas"] == .int(elastic.dataNodes))
        #expect(es[path: "esJavaOpts"] == .string("-Xms\(heap) -Xmx\(heap)"))
        #expect(es[path: "resources.requests.memory"] == Kubernetes.quantity(elastic.node.memoryRequest))
        #expect(es[path: "resources.limits.memory"] == Kubernetes.quantity(elastic.node.memoryLimit))
        #expect(es[path: "resources.limits.cpu"] == .null)
        #expect(es[path: "volumeClaimTemplate.resources.requests.storage"] == Kubernetes.quantity(elastic.diskPerNode))
        #expect(es[path: "secret.enabled"] == false)
        #expect(es[path: "nodeGroup"] == "data")
        #expect(es[path: "masterService"] == "elasticsearch-master")
        guard case .list(let roles)? = es[path: "roles"] else { Issue.record("data nodes have no roles"); return }
        #expect(!roles.contains("master") && roles.contains("data"))
        #expect(es[path: "createCert"] == false, "one CA: the data nodes use the master release's certificates")
        #expect(es[path: "secretMounts"] == [["name": "elasticsearch-certs", "secretName": "elasticsearch-master-certs",
                                              "path": "/usr/share/elasticsearch/config/certs"]])
        guard case .list(let env)? = es[path: "extraEnvs"] else { Issue.record("data nodes have no env"); return }
        #expect(env.contains(["name": "xpack.security.transport.ssl.certificate_authorities", "value": "/usr/share/elasticsearch/config/certs/ca.crt"]))
        let esMaster = try values("elasticsearch")
        #expect(esMaster[path: "replicas"] == .int(esMasters.count))
        #expect(esMaster[path: "roles"] == ["master"])
        #expect(esMaster[path: "resources.limits.memory"] == Kubernetes.quantity(esMasters.resources.memoryLimit))
        #expect(esMaster[path: "esJavaOpts"] == .string("-Xms\(esMasters.heap.value >> 30)g -Xmx\(esMasters.heap.value >> 30)g"))
        let kibana = try values("kibana")
        #expect(kibana[path: "elasticsearchCredentialSecret"] == "elasticsearch-master-credentials")
        #expect(kibana[path: "extraEnvs"] == [["name": "NODE_OPTIONS", "value": "--max-old-space-size=768"]])

        let open = try #require(Self.lake.opensearch)
        let os = try values(open.masters == nil ? "opensearch" : "opensearch-data")
        #expect(os[path: "replicas"] == .int(open.dataNodes))
        #expect(os[path: "opensearchJavaOpts"] == .string("-Xms\(open.heap.value >> 30)g -Xmx\(open.heap.value >> 30)g"))
        #expect(os[path: "persistence.size"] == Kubernetes.quantity(open.diskPerNode))
        #expect(os[path: "resources.requests.cpu"] == Kubernetes.cpu(open.node.cpuRequest))
        #expect(os[path: "resources.limits.memory"] == Kubernetes.quantity(open.node.memoryLimit), "OpenSearch gets a memory limit")
        for release in ["elasticsearch", "opensearch"] {
            #expect(try values(release)[path: "initResources.limits.memory"] == "128Mi", "\(release)'s init containers are sized")
        }
        #expect(try values("opensearch-dashboards")[path: "opensearchAccount.secret"] == "sample-opensearch-admin")
    }

    @Test func milvusRunsInClusterModeOnTheLakesMinIO() throws {
        let milvus = try #require(Self.lake.milvus)
        let values = try values("milvus")
        #expect(values[path: "cluster.enabled"] == true)
        #expect(values[path: "queryNode.replicas"] == .int(milvus.queryNodes))
        #expect(values[path: "queryNode.resources"] == Kubernetes.resources(milvus.queryNode))
        for (key, group) in [("mixCoordinator", "milvus-mixcoord"), ("proxy", "milvus-proxy"), ("dataNode", "milvus-datanode")] {
            let pods = try #require(milvus.pods.first { $0.name == group })
            #expect(values[path: "\(key).replicas"] == .int(pods.replicas))
            #expect(values[path: "\(key).resources"] == Kubernetes.resources(pods.resources))
        }
        let etcd = try #require(milvus.pods.first { $0.name == "milvus-etcd" })
        #expect(values[path: "etcd.replicaCount"] == .int(etcd.replicas))
        #expect(values[path: "minio.enabled"] == false)
        #expect(values[path: "externalS3.host"] == "minio.lake.svc")
        #expect(values[path: "externalS3.accessKey"] == "")
        #expect(values[path: "externalS3.secretKey"] == "")
        #expect(values[path: "pulsarv3.enabled"] == false, "the lake's Kafka carries Milvus's log")
        for component in MilvusValues.components {
            guard case .list(let env)? = values[path: "\(component).extraEnv"] else { Issue.record("\(component) has no env"); continue }
            #expect(env.compactMap { $0[path: "name"] } == [
                "MINIO_ACCESS_KEY_ID", "MINIO_SECRET_ACCESS_KEY", "ETCD_AUTH_ENABLED", "ETCD_AUTH_USERNAME", "ETCD_AUTH_PASSWORD",
            ])
        }
    }

    @Test func redisCarriesMaxMemoryAndTopology() throws {
        let redis = try #require(Self.lake.redis)
        let values = try values("redis")
        #expect(values[path: "architecture"] == "replication")
        #expect(values[path: "sentinel.enabled"] == true)
        #expect(values[path: "replica.replicaCount"] == .int(1 + redis.replicas))
        #expect(values[path: "replica.resources"] == Kubernetes.resources(redis.resources))
        #expect(values[path: "auth.existingSecret"] == "sample-redis")
        guard case .string(let config)? = values[path: "commonConfiguration"] else { Issue.record("no configuration"); return }
        #expect(config.hasPrefix("maxmemory \(redis.maxMemory.value >> 20)mb\nmaxmemory-policy allkeys-lru\n"))
    }

    @Test func standaloneRedisWithPersistenceKeepsAVolume() throws {
        var spec = SampleLakes.spec(data: 5_000_000_000_000_000, ingest: 50_000_000, name: "solo")
        var redis = RedisSpec()
        redis.architecture = .standalone
        redis.persistence = true
        spec.components.redis = redis
        let lake = Resolver.resolve(spec).lake
        let values = try values("redis", EmitContext(lake: lake))
        let volume = try #require(lake.redis?.pods.first?.storagePerReplica)
        #expect(values[path: "architecture"] == "standalone")
        #expect(values[path: "master.count"] == 1)
        #expect(values[path: "master.persistence.size"] == Kubernetes.quantity(volume))
        #expect(values[path: "replica"] == nil)
        guard case .string(let config)? = values[path: "commonConfiguration"] else { Issue.record("no configuration"); return }
        #expect(config.contains("appendonly yes") && !config.contains("save"))
    }

    @Test func hasuraReadsItsURLAndAdminSecretFromTheBlueprintsSecret() throws {
        let hasura = try #require(Self.lake.hasura)
        let values = try values("hasura")
        #expect(values[path: "replicas"] == .int(hasura.replicas))
        #expect(values[path: "resources"] == Kubernetes.resources(hasura.resources))
        #expect(values[path: "secret.enabled"] == false)
        #expect(values[path: "postgres.enabled"] == false)
        guard case .list(let env)? = values[path: "extraEnvs"] else { Issue.record("no env"); return }
        #expect(env.compactMap { $0[path: "valueFrom.secretKeyRef.name"] } == ["hasura-secrets", "hasura-secrets"])
    }

    @Test func releasesArePinnedAndOrdered() {
        let releases = ServingValuesFamily.releases(Self.context)
        let summary = releases.map { "\($0.name) \($0.chart) \($0.version) \($0.phase) \($0.needs.joined(separator: ","))" }
        #expect(summary == [
            "trino trino/trino 1.42.2 query minio,postgres-operator",
            "druid druid/druid 37.0.2 query minio,postgres-operator",
            "elasticsearch elastic/elasticsearch 8.5.1 query ",
            "elasticsearch-data elastic/elasticsearch 8.5.1 query elasticsearch",
            "kibana elastic/kibana 8.5.1 serving elasticsearch",
            "opensearch opensearch/opensearch 3.6.0 query ",
            "opensearch-data opensearch/opensearch 3.6.0 query opensearch",
            "opensearch-dashboards opensearch/opensearch-dashboards 3.6.0 serving opensearch",
            "milvus milvus/milvus 5.0.19 query minio",
            "redis bitnami/redis 23.1.1 serving ",
            "hasura hasura/graphql-engine 0.9.1 serving postgres-operator",
        ])
        #expect(releases.allSatisfy { $0.namespace == "lake" && $0.valuesPath == "helm/\($0.name).values.yaml" })
        #expect(ServingValuesFamily.artifacts(Self.context).map(\.path) == releases.map { "sample/helm/\($0.name).values.yaml" })
        #expect(ServingValuesFamily.artifacts(Self.context).allSatisfy { $0.kind == .helmValues })
    }

    @Test func credentialsAreSecretReferencesOnly() {
        for chart in ServingValuesFamily.charts(Self.context) {
            Self.assertNoCredentialValues(chart.values, path: chart.release.name)
            for patch in chart.patches { Self.assertNoCredentialValues(patch, path: chart.release.name) }
        }
        let names = Set(ServingValuesFamily.secrets(Self.context).map(\.name))
        #expect(names == [
            "sample-s3-credentials", "iceberg.lakeform-sample.credentials.postgresql.acid.zalan.do",
            "druid.lakeform-sample.credentials.postgresql.acid.zalan.do", "elasticsearch-master-credentials", "sample-opensearch-admin",
            "sample-redis", "hasura-secrets", "sample-milvus-etcd",
        ])
    }

    @Test func componentsThatAreNotDeployedGetNoRelease() {
        var spec = SampleLakes.spec(data: 1_000_000_000_000, ingest: 1_000_000, name: "lean")
        spec.components.druid = nil
        spec.components.milvus = nil
        spec.components.opensearch = nil
        spec.components.elasticsearch?.dashboards = false
        let releases = ServingValuesFamily.releases(EmitContext(lake: Resolver.resolve(spec).lake)).map(\.name)
        #expect(releases == ["trino", "elasticsearch", "redis", "hasura"])
    }

    @Test func outputIsDeterministic() {
        let first = ServingValuesFamily.artifacts(EmitContext(lake: SampleLakes.resolved()))
        let second = ServingValuesFamily.artifacts(EmitContext(lake: SampleLakes.resolved()))
        #expect(first == second)
    }

    /// No map key that names a credential holds a non-empty literal, and every environment
    /// variable that looks like one comes from a Secret.
    static func assertNoCredentialValues(_ value: YAMLValue, path: String) {
        switch value {
        case .map(let map):
            for (key, child) in map {
                let lowered = key.lowercased()
                if ["password", "adminsecret", "accesskey", "secretkey", "rootpassword"].contains(lowered), case .string(let text) = child {
                    #expect(text.isEmpty, "\(path).\(key) holds a value")
                }
                if case .string(let name)? = map["name"], key == "value",
                   ["PASSWORD", "SECRET", "ACCESS_KEY"].contains(where: { name.uppercased().contains($0) }) {
                    Issue.record("\(path): environment variable \(name) has a literal value")
                }
                assertNoCredentialValues(child, path: "\(path).\(key)")
            }
        case .list(let items):
            for (index, item) in items.enumerated() { assertNoCredentialValues(item, path: "\(path)[\(index)]") }
        default:
            break
        }
    }
}
