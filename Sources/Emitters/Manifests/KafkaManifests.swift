import LakeModel

/// Strimzi 1.2 (`kafka.strimzi.io/v1`, KRaft only): the `Kafka` cluster (with tiered storage on MinIO when sizing tiers
/// topics), a controller and a broker `KafkaNodePool`, and one `KafkaTopic` per resolved topic. In v1 brokers and controllers
/// come only from node pools, and no `strimzi.io/kraft` or `strimzi.io/node-pools` annotation exists.
enum KafkaManifests {
    static let apiVersion = "kafka.strimzi.io/v1"
    /// The node label that spreads brokers and replicas across zones.
    static let zoneLabel = "topology.kubernetes.io/zone"

    static func objects(_ context: EmitContext) -> [YAMLValue] {
        guard let kafka = context.lake.kafka, let spec = context.lake.spec.components.kafka else { return [] }
        return [cluster(context, kafka, spec), controllerPool(context, kafka), brokerPool(context, kafka)]
            + kafka.topics.map { topic(context, kafka, $0) }
    }

    /// The pods the lake's data flows let reach the brokers (`DataFlows`). Strimzi writes its own
    /// NetworkPolicy for each listener, open to every pod unless the listener names its peers.
    static func clientPeers(_ context: EmitContext) -> YAMLValue {
        let clients = context.flows.filter { flow in
            guard case .pods(let server) = flow.server else { return false }
            return server.name == "kafka" && flow.ports == DataFlows.kafkaPorts
        }
        return .list(clients.map { ["podSelector": $0.client.selector] })
    }

    static func cluster(_ context: EmitContext, _ kafka: ResolvedKafka, _ spec: KafkaSpec) -> YAMLValue {
        var broker: [String: YAMLValue] = [
            "version": .string(spec.version),
            "listeners": [
                ["name": "plain", "port": 9092, "type": "internal", "tls": false, "networkPolicyPeers": clientPeers(context)],
                ["name": "tls", "port": 9093, "type": "internal", "tls": true, "networkPolicyPeers": clientPeers(context)],
            ],
            "config": [
                "default.replication.factor": .int(kafka.replicationFactor),
                "min.insync.replicas": .int(kafka.minInsyncReplicas),
                "offsets.topic.replication.factor": .int(kafka.replicationFactor),
                "transaction.state.log.replication.factor": .int(kafka.replicationFactor),
                "transaction.state.log.min.isr": .int(kafka.minInsyncReplicas),
                "num.partitions": .int(kafka.brokers),
                "auto.create.topics.enable": false,
            ],
            "metricsConfig": ["type": "strimziMetricsReporter"],
        ]
        if spec.zones > 1 {
            broker["rack"] = ["type": "topology-label", "topologyKey": .string(zoneLabel)]
        }
        if let tiered = KafkaTieredStorage.cluster(context, kafka) {
            broker["tieredStorage"] = tiered
            broker["template"] = ["kafkaContainer": ["env": KafkaTieredStorage.credentials(context)]]
            if case .map(var config) = broker["config"] {
                config["rlmm.config.remote.log.metadata.topic.replication.factor"] = .int(kafka.replicationFactor)
                broker["config"] = .map(config)
            }
        }
        let name = ManifestNames.kafkaCluster(context.name)
        var body: [String: YAMLValue] = ["kafka": .map(broker), "entityOperator": entityOperator(kafka)]
        body["cruiseControl"] = kafka.cruiseControl.map(cruiseControl)
        return Kubernetes.object(
            apiVersion: apiVersion, kind: "Kafka", name: name, namespace: context.namespace,
            labels: Kubernetes.labels(lake: context.name, component: "kafka"),
            body: ["spec": .map(body)])
    }

    /// Cruise Control with Strimzi's auto-rebalance: added brokers get their replicas, and a pool empties brokers before it
    /// scales down. Network capacity is in bytes per second, as the CRD's `^[0-9]+([KMG]i?)?B/s$` pattern spells it.
    static func cruiseControl(_ cruiseControl: ResolvedCruiseControl) -> YAMLValue {
        let network = YAMLValue.string("\(cruiseControl.networkCapacityPerBroker.value / 1_000)KB/s")
        return [
            "resources": Kubernetes.resources(cruiseControl.resources),
            "brokerCapacity": ["inboundNetwork": network, "outboundNetwork": network],
            "autoRebalance": [["mode": "add-brokers"], ["mode": "remove-brokers"]],
        ]
    }

    /// The Topic and User Operators, each with the resolved resources (Strimzi sets none by default).
    static func entityOperator(_ kafka: ResolvedKafka) -> YAMLValue {
        let operatorSpec: YAMLValue = kafka.entityOperator.map { ["resources": Kubernetes.resources($0)] } ?? [:]
        return ["topicOperator": operatorSpec, "userOperator": operatorSpec]
    }

    static func controllerPool(_ context: EmitContext, _ kafka: ResolvedKafka) -> YAMLValue {
        pool(context, name: "controller", spec: [
            "replicas": .int(kafka.controllers),
            "roles": ["controller"],
            "resources": Kubernetes.resources(kafka.controllerResources),
            "storage": ["type": "persistent-claim", "size": Kubernetes.quantity(kafka.controllerStorage), "deleteClaim": false],
        ])
    }

    static func brokerPool(_ context: EmitContext, _ kafka: ResolvedKafka) -> YAMLValue {
        let heap = YAMLValue.string(ManifestUnits.jvm(kafka.brokerHeap))
        return pool(context, name: "broker", spec: [
            "replicas": .int(kafka.brokers),
            "roles": ["broker"],
            "resources": Kubernetes.resources(kafka.brokerResources),
            "jvmOptions": ["-Xms": heap, "-Xmx": heap],
            "storage": [
                "type": "jbod",
                "volumes": [["id": 0, "type": "persistent-claim", "size": Kubernetes.quantity(kafka.storagePerBroker), "deleteClaim": false]],
            ],
        ])
    }

    static func topic(_ context: EmitContext, _ kafka: ResolvedKafka, _ topic: ResolvedTopic) -> YAMLValue {
        let config: [String: YAMLValue] = ["retention.ms": .int(topic.retention.value * 1_000), "min.insync.replicas": .int(kafka.minInsyncReplicas)]
        let object = Kubernetes.object(
            apiVersion: apiVersion, kind: "KafkaTopic", name: ManifestNames.dns(topic.name), namespace: context.namespace,
            labels: clusterLabels(context),
            body: ["spec": [
                "topicName": .string(topic.name),
                "partitions": .int(topic.partitions),
                "replicas": .int(kafka.replicationFactor),
                "config": .map(config.merging(KafkaTieredStorage.topicConfig(topic, cluster: KafkaTieredStorage.cluster(context, kafka))) { $1 }),
            ]])
        return topic.keyed ? annotated(object, [keyedAnnotation: "true"]) : object
    }

    /// Marks topics whose consumers rely on per-key ordering (the stream's `keyed`, or a topic Debezium writes); the
    /// planner flags their repartitioning as risky.
    static let keyedAnnotation = "lakeform.dev/keyed"

    private static func pool(_ context: EmitContext, name: String, spec: [String: YAMLValue]) -> YAMLValue {
        Kubernetes.object(apiVersion: apiVersion, kind: "KafkaNodePool", name: name, namespace: context.namespace,
                          labels: clusterLabels(context), body: ["spec": .map(spec)])
    }

    /// `object` with `metadata.annotations` set.
    private static func annotated(_ object: YAMLValue, _ annotations: [String: String]) -> YAMLValue {
        guard case .map(var fields) = object, case .map(var metadata)? = fields["metadata"] else { return object }
        metadata["annotations"] = .map(annotations.mapValues { .string($0) })
        fields["metadata"] = .map(metadata)
        return .map(fields)
    }

    /// Lakeform's labels plus `strimzi.io/cluster`, which ties pools and topics to the cluster.
    private static func clusterLabels(_ context: EmitContext) -> YAMLValue {
        Kubernetes.labels(lake: context.name, component: "kafka", extra: ["strimzi.io/cluster": ManifestNames.kafkaCluster(context.name)])
    }
}
