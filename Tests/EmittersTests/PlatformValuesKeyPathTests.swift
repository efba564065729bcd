@testable import Emitters
import Testing

/// Every emitted key path is one the pinned chart's values.yaml has, or lies under a map or list the
/// chart passes through (resources, env, config, safetyValve, storageSpec, buckets, users). The tables
/// are copied from `shared/upstream/charts/<chart>/values.yaml`; the full check against those files
/// is ArtifactValidation's.
@Suite struct PlatformValuesKeyPathTests {
    /// Known leaf paths, and prefixes (ending in `.` or `[]`) below which the chart takes any keys.
    static let known: [String: [String]] = [
        "strimzi-kafka-operator": ["watchNamespaces", "resources.", "podSecurityContext.", "extraEnvs[]"],
        "spark-operator": [
            "spark.jobNamespaces[]", "spark.serviceAccount.name", "webhook.enable", "webhook.resources.", "controller.resources.",
            "controller.podSecurityContext.", "webhook.podSecurityContext.",
        ],
        "flink-kubernetes-operator": [
            "image.tag", "watchNamespaces[]", "webhook.create", "operatorPod.resources.", "podSecurityContext.", "operatorSecurityContext.",
            "webhookSecurityContext.",
        ],
        "postgres-operator": [
            "configKubernetes.watched_namespace", "resources.", "securityContext.", "configKubernetes.spilo_runasuser",
            "configKubernetes.spilo_runasgroup", "configKubernetes.spilo_fsgroup", "configKubernetes.spilo_privileged",
            "configKubernetes.spilo_allow_privilege_escalation",
        ],
        "minio-operator": ["operator.env[]", "operator.replicaCount", "operator.resources."],
        "minio": [
            "tenant.name", "tenant.configSecret.name", "tenant.configSecret.accessKey", "tenant.configSecret.secretKey",
            // Documented in the values.yaml comment above `pools` and read by the chart's checks.
            "tenant.configSecret.existingSecret",
            "tenant.pools[].name", "tenant.pools[].servers", "tenant.pools[].volumesPerServer", "tenant.pools[].size",
            "tenant.pools[].resources.", "tenant.pools[].securityContext.", "tenant.pools[].containerSecurityContext.",
            "tenant.env[]", "tenant.buckets[]", "tenant.users[]", "tenant.metrics.enabled", "tenant.certificate.requestAutoCert",
        ],
        "nifi": [
            "replicaCount", "jvmMemory", "resources.", "persistence.enabled", "properties.isNode", "properties.safetyValve.",
            "auth.singleUser.username", "auth.singleUser.password", "env[]", "zookeeper.enabled", "zookeeper.replicaCount", "zookeeper.resources.",
            "securityContext.",
        ],
        "airflow": [
            "executor", "data.metadataSecretName", "postgresql.enabled", "redis.enabled", "fernetKeySecretName",
            "apiSecretKeySecretName", "jwtSecretName", "scheduler.replicas", "scheduler.resources.", "apiServer.replicas",
            "apiServer.resources.", "workers.replicas", "workers.resources.", "config.", "dags.persistence.enabled",
            "dags.persistence.accessMode", "webserver.defaultUser.enabled", "webserver.resources.", "redis.resources.",
            "scheduler.logGroomerSidecar.resources.", "workers.logGroomerSidecar.resources.", "triggerer.replicas", "triggerer.resources.",
            "triggerer.logGroomerSidecar.resources.", "dagProcessor.replicas", "dagProcessor.resources.",
            "dagProcessor.logGroomerSidecar.resources.", "statsd.resources.", "migrateDatabaseJob.resources.", "securityContexts.",
        ],
        "kube-prometheus-stack": [
            "prometheus.prometheusSpec.retention", "prometheus.prometheusSpec.retentionSize", "prometheus.prometheusSpec.scrapeInterval",
            "prometheus.prometheusSpec.resources.", "prometheus.prometheusSpec.storageSpec.",
            "prometheus.prometheusSpec.serviceMonitorSelectorNilUsesHelmValues",
            "prometheus.prometheusSpec.podMonitorSelectorNilUsesHelmValues", "prometheus.prometheusSpec.ruleSelectorNilUsesHelmValues",
            "grafana.enabled", "grafana.admin.existingSecret", "grafana.resources.", "grafana.sidecar.resources.",
            "grafana.downloadDashboards.resources.", "grafana.initChownData.resources.", "grafana.testFramework.resources.",
            "prometheusOperator.resources.", "prometheusOperator.prometheusConfigReloader.resources.",
            "prometheusOperator.admissionWebhooks.patch.resources.", "alertmanager.alertmanagerSpec.resources.",
            "kube-state-metrics.resources.", "prometheus-node-exporter.resources.", "grafana.initChownData.enabled",
        ],
    ]

    static func isKnown(_ path: String, _ allowed: [String]) -> Bool {
        allowed.contains { $0 == path || (($0.hasSuffix(".") || $0.hasSuffix("[]")) && path.hasPrefix($0)) }
    }

    @Test(arguments: ["celery", "kubernetes"])
    func everyPathIsTheChartsOwn(executor: String) {
        let context = executor == "celery" ? PlatformValuesFixture.context { $0.components.airflow?.executor = .celery } : PlatformValuesFixture.context
        for entry in PlatformValuesFamily.entries(context) {
            let allowed = Self.known[entry.release.name] ?? []
            #expect(!allowed.isEmpty, "no key table for \(entry.release.name)")
            for leaf in PlatformValuesFixture.leaves(entry.values) {
                #expect(Self.isKnown(leaf.path, allowed), "\(entry.release.name): \(leaf.path)")
            }
        }
    }

    @Test func representativePathsArePresent() {
        let values = { PlatformValuesFixture.values($0) }
        #expect(values("minio")[path: "tenant.pools"] != nil)
        #expect(values("airflow")[path: "data.metadataSecretName"] != nil)
        #expect(values("kube-prometheus-stack")[path: "prometheus.prometheusSpec.retentionSize"] != nil)
        #expect(values("nifi")[path: "jvmMemory"] != nil)
        #expect(values("flink-kubernetes-operator")[path: "image.tag"] != nil)
    }
}
