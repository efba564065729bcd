import LakeModel

/// The hardening of the serving family's charts (`ChartHardening`), with the UID each image runs as.
enum ServingHardening {
    /// apache/druid runs as `druid` (UID 1000); the Bitnami ZooKeeper and etcd images as 1001.
    static let druidUser = 1000
    static let bitnamiUser = 1001

    static func druid(_ values: YAMLValue) -> ChartHardening {
        let pod = SecurityContexts.pod(user: druidUser)
        var gaps = [
            "the chart has no securityContext key for the Broker, Coordinator and Router Deployments, and only a pod-level one "
                + "for Historicals and MiddleManagers: their containers run as the image's `druid` user (UID 1000) but keep the runtime's "
                + "default capabilities and allow privilege escalation.",
            "the ZooKeeper subchart's client authentication is SASL, which the chart gives Druid's ZooKeeper client no JAAS "
                + "configuration for, so ZooKeeper runs without client authentication; the NetworkPolicies admit only Druid's pods to it. "
                + "Druid could discover its services through druid-kubernetes-extensions instead (`zookeeper.enabled: false` and the "
                + "`druid_discovery_type: k8s` settings), but the sizing still plans and prices the ensemble, so that switch waits for it.",
        ]
        if values[path: "postgresql.enabled"] != .bool(false) {
            gaps.append("the bundled PostgreSQL subchart (used because the lake has no PostgreSQL) is not vendored in "
                + "schemas/upstream, so its security contexts are the subchart's defaults.")
        }
        return ChartHardening(
            [
                "historical": ["securityContext": pod], "middleManager": ["securityContext": pod],
                "zookeeper": [
                    "podSecurityContext": SecurityContexts.bitnami(["seccompProfile": ["type": "RuntimeDefault"]]),
                    "containerSecurityContext": SecurityContexts.bitnami(SecurityContexts.container(user: bitnamiUser)),
                ],
            ],
            level: .baseline, gaps: gaps)
    }

    /// hasura/graphql-engine is a static binary that writes nothing; any non-root UID runs it.
    static var hasura: ChartHardening {
        ChartHardening(
            ["securityContext": SecurityContexts.pod(user: 10_001)], level: .baseline,
            gaps: ["the chart takes only a pod securityContext; the graphql-engine container keeps the runtime's default "
                + "capabilities and allows privilege escalation."])
    }

    /// Elasticsearch, Kibana, OpenSearch and Dashboards images run as UID 1000; `extra` turns off the
    /// chart's root init containers (the privileged sysctl one, OpenSearch's `busybox` chown).
    static func elastic(sysctlKey extra: YAMLValue) -> ChartHardening {
        ChartHardening(
            YAMLValue.map([
                "podSecurityContext": SecurityContexts.pod(user: 1000),
                "securityContext": SecurityContexts.container(user: 1000),
            ]).merging(extra))
    }

    /// trinodb/trino runs as `trino` (UID 1000).
    static var trino: ChartHardening {
        ChartHardening(["securityContext": SecurityContexts.pod(user: 1000), "containerSecurityContext": SecurityContexts.container(user: 1000)])
    }

    /// Milvus components run as UID 1000 with their volumes group-owned through fsGroup; etcd gets
    /// role-based authentication (its root password from a Secret, see `MilvusValues`).
    static let milvusComponents = [
        "proxy", "rootCoordinator", "queryCoordinator", "queryNode", "indexCoordinator", "indexNode", "dataCoordinator", "dataNode",
        "mixCoordinator", "streamingNode",
    ]

    static func milvus(_ values: YAMLValue, lake: String) -> ChartHardening {
        var overlay: [String: YAMLValue] = [
            "securityContext": SecurityContexts.pod(user: 1000), "containerSecurityContext": SecurityContexts.container(user: 1000),
        ]
        for component in milvusComponents {
            overlay[component] = ["securityContext": SecurityContexts.pod(user: 1000), "containerSecurityContext": SecurityContexts.container(user: 1000)]
        }
        overlay["etcd"] = [
            "auth": ["rbac": ["create": true, "allowNoneAuthentication": false,
                              "existingSecret": .string(MilvusValues.etcdSecret(lake)), "existingSecretPasswordKey": .string(MilvusValues.etcdPasswordKey)]],
            "podSecurityContext": SecurityContexts.bitnami(["seccompProfile": ["type": "RuntimeDefault"]]),
            "containerSecurityContext": SecurityContexts.bitnami(SecurityContexts.container(user: bitnamiUser)),
        ]
        var gaps: [String] = []
        var level = PodSecurityLevel.restricted
        if values[path: "pulsarv3.enabled"] == .bool(true) {
            let pulsarPod = SecurityContexts.pod(user: 10_000, group: 0, fsGroup: false)
            overlay["pulsarv3"] = ["zookeeper": ["securityContext": pulsarPod], "bookkeeper": ["securityContext": pulsarPod]]
            level = .baseline
            gaps.append("the Pulsar subchart takes only pod securityContexts for ZooKeeper and BookKeeper, and none for the "
                + "broker, proxy, autorecovery and metadata jobs, so those run as the image's user (UID 10000) with the runtime's "
                + "default capabilities.")
        }
        return ChartHardening(.map(overlay), level: level, gaps: gaps)
    }

    /// Bitnami Redis already ships restricted contexts; they are set explicitly, for the master and
    /// (when the values deploy them) the replicas, so a chart upgrade cannot loosen them.
    static func redis(_ values: YAMLValue) -> ChartHardening {
        let container = SecurityContexts.bitnami(SecurityContexts.container(user: bitnamiUser).merging(["readOnlyRootFilesystem": true]))
        let contexts: YAMLValue = ["podSecurityContext": SecurityContexts.bitnami(["fsGroup": .int(bitnamiUser)]), "containerSecurityContext": container]
        var overlay: [String: YAMLValue] = ["master": contexts]
        if values[path: "replica"] != nil { overlay["replica"] = contexts }
        return ChartHardening(.map(overlay))
    }
}
