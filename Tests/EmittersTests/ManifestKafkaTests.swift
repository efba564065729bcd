import ArtifactValidation
@testable import Emitters
import LakeModel
import Testing

/// Strimzi v1 Kafka resources carry exactly what sizing resolved.
@Suite struct ManifestKafkaTests {
    typealias F = ManifestFixture
    let kafka = ManifestFixture.lake.kafka!

    @Test func theClusterIsKRaftOnlyWithPlainAndTLSListeners() throws {
        let cluster = F.object("Kafka", "sample-kafka")
        #expect(F.string(cluster, "apiVersion") == "kafka.strimzi.io/v1")
        #expect(cluster?[path: "metadata.annotations"] == nil)
        #expect(cluster?[path: "spec.zookeeper"] == nil && cluster?[path: "spec.kafka.replicas"] == nil)
        #expect(F.string(cluster, "spec.kafka.version") == "4.2.0")
        let peers = KafkaManifests.clientPeers(F.context)
        #expect(cluster?[path: "spec.kafka.listeners"] == [
            ["name": "plain", "port": 9092, "type": "internal", "tls": false, "networkPolicyPeers": peers],
            ["name": "tls", "port": 9093, "type": "internal", "tls": true, "networkPolicyPeers": peers],
        ])
        #expect(peers == .list(["connect", "flink", "druid", "spark", "milvus", "nifi"].map { name in
            ["podSelector": DataFlows.of(F.context).first { $0.client.name == name && $0.serverName == "kafka" }!.client.selector]
        }), "Strimzi's listener policies admit exactly the lake's Kafka clients")
        let config = cluster?[path: "spec.kafka.config"]?.mapping
        #expect(config?["default.replication.factor"] == .int(kafka.replicationFactor))
        #expect(config?["min.insync.replicas"] == .int(kafka.minInsyncReplicas))
        #expect(config?["offsets.topic.replication.factor"] == .int(kafka.replicationFactor))
        #expect(config?["transaction.state.log.min.isr"] == .int(kafka.minInsyncReplicas))
        #expect(config?["num.partitions"] == .int(kafka.brokers))
        #expect(F.string(cluster, "spec.kafka.rack.topologyKey") == "topology.kubernetes.io/zone")
        let operatorResources = Kubernetes.resources(try #require(kafka.entityOperator))
        #expect(cluster?[path: "spec.entityOperator"] == ["topicOperator": ["resources": operatorResources], "userOperator": ["resources": operatorResources]])
        #expect(F.string(cluster, "spec.entityOperator.topicOperator.resources.limits.memory") == "500Mi")
    }

    @Test func nodePoolsCarryTheResolvedBrokersAndControllers() {
        let broker = F.object("KafkaNodePool", "broker")
        #expect(F.int(broker, "spec.replicas") == kafka.brokers)
        #expect(broker?[path: "spec.roles"] == ["broker"])
        #expect(broker?[path: "metadata.labels"]?.mapping?["strimzi.io/cluster"] == "sample-kafka")
        #expect(F.bytes(fromJVM: F.text(broker?[path: "spec.jvmOptions"]?.mapping?["-Xmx"])) == kafka.brokerHeap)
        #expect(broker?[path: "spec.jvmOptions"]?.mapping?["-Xms"] == broker?[path: "spec.jvmOptions"]?.mapping?["-Xmx"])
        #expect(F.bytes(fromQuantity: F.string(broker, "spec.resources.requests.memory")) == kafka.brokerResources.memoryRequest)
        #expect(F.string(broker, "spec.resources.requests.memory") == F.string(broker, "spec.resources.limits.memory"))
        #expect(F.int(broker, "spec.resources.requests.cpu") == kafka.brokerResources.cpuRequest.value / 1_000)
        let volume = broker?[path: "spec.storage.volumes"]
        guard case .list(let volumes) = volume, let first = volumes.first else { Issue.record("no JBOD volume"); return }
        #expect(F.bytes(fromQuantity: F.string(first, "size")) == kafka.storagePerBroker)

        let controller = F.object("KafkaNodePool", "controller")
        #expect(F.int(controller, "spec.replicas") == kafka.controllers)
        #expect(controller?[path: "spec.roles"] == ["controller"])
        #expect(F.bytes(fromQuantity: F.string(controller, "spec.storage.size")) == kafka.controllerStorage)
    }

    @Test func topicsCarryPartitionsReplicationAndRetention() {
        for topic in kafka.topics {
            let object = F.object("KafkaTopic", ManifestNames.dns(topic.name))
            #expect(F.string(object, "spec.topicName") == topic.name)
            #expect(F.int(object, "spec.partitions") == topic.partitions)
            #expect(F.int(object, "spec.replicas") == kafka.replicationFactor)
            #expect(object?[path: "spec.config"]?.mapping?["retention.ms"] == .int(topic.retention.value * 1_000))
            #expect(object?[path: "spec.config"]?.mapping?["min.insync.replicas"] == .int(kafka.minInsyncReplicas))
        }
    }

    @Test func oneZoneMeansNoRackAwareness() {
        let objects = ManifestFamily.objects(F.context { $0.components.kafka?.zones = 1 })
        #expect(F.object("Kafka", "variant-kafka", in: objects)?[path: "spec.kafka.rack"] == nil)
    }

    @Test func tenYearsOfRetentionTierTopicsToMinIOAndTheClusterValidates() throws {
        let context = F.context(name: "archive") { $0.workload.streams[0].retention = .days(3_650) }
        let kafka = try #require(context.lake.kafka)
        let objects = ManifestFamily.objects(context)
        let cluster = F.object("Kafka", "archive-kafka", in: objects)
        #expect(F.string(cluster, "spec.kafka.tieredStorage.type") == "custom")
        let rsm = cluster?[path: "spec.kafka.tieredStorage.remoteStorageManager.config"]?.mapping
        #expect(rsm?["storage.s3.bucket.name"] == .string(context.lake.spec.components.minio?.bucket ?? ""))
        #expect(rsm?["storage.s3.endpoint.url"] == .string(ManifestNames.minioEndpoint(namespace: context.namespace)))
        #expect(cluster?[path: "spec.kafka.config"]?.mapping?["rlmm.config.remote.log.metadata.topic.replication.factor"] == .int(kafka.replicationFactor))
        #expect(cluster?[path: "spec.kafka.template.kafkaContainer.env"] == KafkaTieredStorage.credentials(context))
        let topic = kafka.topics[0]
        let config = F.object("KafkaTopic", ManifestNames.dns(topic.name), in: objects)?[path: "spec.config"]?.mapping
        #expect(config?["remote.storage.enable"] == true)
        #expect(config?["local.retention.ms"] == .int(86_400_000))
        #expect(config?["retention.ms"] == .int(3_650 * 86_400_000))
        let emission = Emission(lake: context.lake)
        let diagnostics = try ArtifactValidator.loadDefault().validate(
            emission.artifacts, charts: ArtifactValidator.chartFolders(lake: context.lake.name, releases: emission.releases))
        #expect(diagnostics.isEmpty, "\(diagnostics.items.map(\.message))")
    }

    @Test func aWeekOnLocalDisksNeedsNoTieredStorage() throws {
        let context = F.context(name: "week") { $0.workload.ingestRate = BytesPerSecond(5_000_000) }
        let objects = ManifestFamily.objects(context)
        #expect(try #require(context.lake.kafka).tiered == false)
        #expect(F.object("Kafka", "week-kafka", in: objects)?[path: "spec.kafka.tieredStorage"] == nil)
        let topic = try #require(context.lake.kafka?.topics.first)
        #expect(F.object("KafkaTopic", ManifestNames.dns(topic.name), in: objects)?[path: "spec.config"]?.mapping?["remote.storage.enable"] == nil)
    }

    @Test func keyedStreamsAreAnnotatedAndOthersAreNot() {
        let context = F.context {
            $0.workload.streams[0].rate = .share(percent: 70)
            var orders = StreamSpec(name: "orders-db.public.orders", rate: .bytes(BytesPerSecond(800_000)), retention: .days(3))
            orders.keyed = true
            $0.workload.streams += [orders, StreamSpec(name: "orders-cdc", sharePercent: 20, retention: .days(3))]
        }
        let objects = ManifestFamily.objects(context)
        let annotation = { (name: String) in F.object("KafkaTopic", name, in: objects)?[path: "metadata.annotations"]?.mapping?["lakeform.dev/keyed"] }
        #expect(annotation(ManifestNames.dns("orders-db.public.orders")) == "true")
        #expect(annotation("orders-cdc") == nil, "the flag decides, not the name")
        #expect(annotation("events") == nil)
    }
}
