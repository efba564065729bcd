@testable import Emitters
import LakeModel
import Testing

/// PostgreSQL, FastAPI and Atlas resources carry the resolved numbers.
@Suite struct ManifestServingTests {
    typealias F = ManifestFixture
    let lake = ManifestFixture.lake

    @Test func postgresCarriesInstancesVolumeAndMemorySettings() throws {
        let postgres = try #require(lake.postgres)
        let cluster = F.object("postgresql", "lakeform-sample")
        #expect(F.string(cluster, "spec.teamId") == "lakeform")
        #expect(F.int(cluster, "spec.numberOfInstances") == postgres.instances)
        #expect(F.bytes(fromQuantity: F.string(cluster, "spec.volume.size")) == postgres.volume)
        #expect(F.string(cluster, "spec.postgresql.version") == "17")
        #expect(F.string(cluster, "spec.resources.requests.cpu") == postgres.resources.cpuRequest.description)
        #expect(F.bytes(fromQuantity: F.string(cluster, "spec.resources.limits.memory")) == postgres.resources.memoryLimit)
        let parameters = cluster?[path: "spec.postgresql.parameters"]?.mapping ?? [:]
        #expect(F.bytes(fromPostgres: F.text(parameters["shared_buffers"])) == postgres.sharedBuffers)
        #expect(F.bytes(fromPostgres: F.text(parameters["effective_cache_size"])) == postgres.effectiveCacheSize)
        #expect(F.bytes(fromPostgres: F.text(parameters["work_mem"])) == postgres.workMem)
        #expect(F.bytes(fromPostgres: F.text(parameters["maintenance_work_mem"])) == postgres.maintenanceWorkMem)
        #expect(parameters["max_connections"] == .string(String(postgres.maxConnections)))
        #expect(cluster?[path: "spec.databases"] == ["iceberg": "iceberg"])
        #expect(cluster?[path: "spec.users"] == ["iceberg": []])
        #expect(cluster?[path: "spec.preparedDatabases"] == nil)
    }

    @Test func pgvectorPreparesTheDatabasesWithTheExtension() {
        let objects = ManifestFamily.objects(F.context {
            $0.components.postgres?.pgvector = true
            $0.components.postgres?.databases = ["app"]
        })
        let cluster = F.object("postgresql", "lakeform-variant", in: objects)
        #expect(cluster?[path: "spec.preparedDatabases"] == ["app": ["defaultUsers": true, "extensions": ["vector": "public"]]])
        #expect(cluster?[path: "spec.databases"] == ["iceberg": "iceberg"])
    }

    @Test func fastAPIScalesFromTheResolvedReplicasToThePlannedCeiling() throws {
        let api = try #require(lake.fastapi)
        let deployment = F.object("Deployment", "sample-fastapi")
        #expect(F.int(deployment, "spec.replicas") == api.replicas)
        let container = F.firstContainer(deployment)
        #expect(container?[path: "resources"] == Kubernetes.resources(api.resources))
        #expect(F.string(container, "image") == "api:1")
        #expect(deployment?[path: "spec.selector.matchLabels"] == ["app.kubernetes.io/part-of": "sample", "app.kubernetes.io/component": "fastapi"])
        let autoscaler = F.object("HorizontalPodAutoscaler", "sample-fastapi")
        #expect(F.int(autoscaler, "spec.minReplicas") == api.replicas)
        #expect(F.int(autoscaler, "spec.maxReplicas") == lake.provenance["fastapi.maxReplicas"]?.value)
        #expect(F.string(autoscaler, "spec.scaleTargetRef.name") == "sample-fastapi")
        #expect(F.object("Service", "sample-fastapi")?[path: "spec.selector"] == deployment?[path: "spec.selector.matchLabels"])
    }

    @Test func atlasRunsTheResolvedServersWithTheResolvedHeap() throws {
        let atlas = try #require(lake.atlas)
        let heap = ManifestUnits.jvm(try #require(atlas.heap))
        let statefulSet = F.object("StatefulSet", "sample-atlas")
        #expect(F.int(statefulSet, "spec.replicas") == atlas.replicas)
        #expect(F.string(statefulSet, "spec.serviceName") == "sample-atlas")
        let container = F.firstContainer(statefulSet)
        #expect(container?[path: "env"] == [["name": "ATLAS_SERVER_HEAP", "value": .string("-Xms\(heap) -Xmx\(heap)")]])
        #expect(F.bytes(fromJVM: String(heap)) == atlas.heap)
        #expect(container?[path: "resources"] == Kubernetes.resources(atlas.resources))
        #expect(F.string(F.object("Service", "sample-atlas"), "spec.clusterIP") == "None")
    }
}

/// The APIs reach PostgreSQL through the operator's PgBouncer pooler.
@Suite struct ManifestPoolerTests {
    typealias F = ManifestFixture

    @Test func theClusterRunsTheResolvedPoolerInTransactionMode() throws {
        let pooler = try #require(F.lake.postgres?.pooler)
        let cluster = F.object("postgresql", "lakeform-sample")
        #expect(cluster?[path: "spec.enableConnectionPooler"] == true)
        #expect(F.int(cluster, "spec.connectionPooler.numberOfInstances") == pooler.instances)
        #expect(F.int(cluster, "spec.connectionPooler.maxDBConnections") == pooler.maxDBConnections)
        #expect(F.string(cluster, "spec.connectionPooler.mode") == "transaction")
        #expect(F.string(cluster, "spec.connectionPooler.resources.requests.cpu") == pooler.resources.cpuRequest.description)
        #expect(F.bytes(fromQuantity: F.string(cluster, "spec.connectionPooler.resources.limits.memory")) == pooler.resources.memoryLimit)
    }

    @Test func withoutAnAPIThereIsNoPooler() {
        let objects = ManifestFamily.objects(F.context {
            $0.components.fastapi = nil
            $0.components.hasura = nil
        })
        let cluster = F.object("postgresql", "lakeform-variant", in: objects)
        #expect(cluster?[path: "spec.enableConnectionPooler"] == nil)
        #expect(cluster?[path: "spec.connectionPooler"] == nil)
    }
}

/// Milvus's DML channels as topics on the lake's Kafka, which does not create topics on demand.
@Suite struct ManifestMilvusTopicTests {
    typealias F = ManifestFixture

    @Test func everyChannelIsATopicOfOnePartitionTakingTenMiBMessages() throws {
        let milvus = try #require(F.lake.milvus)
        #expect(milvus.messageQueue == .lakeKafka)
        #expect(milvus.logTopics.count == 16)
        for topic in milvus.logTopics {
            let object = F.object("KafkaTopic", ManifestNames.dns(topic.name))
            #expect(F.string(object, "spec.topicName") == topic.name)
            #expect(F.int(object, "spec.partitions") == 1)
            #expect(object?[path: "spec.config"]?.mapping?["max.message.bytes"] == .int(10_485_760))
        }
    }

    @Test func pulsarNeedsNoTopics() {
        let objects = ManifestFamily.objects(F.context {
            $0.components.kafka = nil
            $0.components.debezium = nil
        })
        #expect(!objects.contains { F.string($0, "spec.topicName")?.hasPrefix("by-dev-") == true })
    }
}
