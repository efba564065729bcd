@testable import Emitters
import LakeModel
import Testing

/// The platform values carry exactly the resolved numbers.
@Suite struct PlatformValuesSizingTests {
    typealias Fixture = PlatformValuesFixture

    @Test func minioTenantIsTheResolvedLayout() throws {
        let minio = try #require(Fixture.lake.minio)
        let tenant = Fixture.values("minio")
        let pools = try #require(tenant[path: "tenant.pools"].flatMap { if case .list(let items) = $0 { items } else { nil } })
        #expect(pools.count == 1)
        let pool = pools[0]
        #expect(pool[path: "servers"] == .int(minio.nodes))
        #expect(pool[path: "volumesPerServer"] == .int(minio.drivesPerNode))
        #expect(pool[path: "size"] == Kubernetes.quantity(minio.driveSize))
        #expect(pool[path: "resources.requests.memory"] == pool[path: "resources.limits.memory"])
        #expect(pool[path: "resources.limits.memory"] == Kubernetes.quantity(minio.resources.memoryLimit))
        #expect(pool[path: "resources.requests.cpu"] == Kubernetes.cpu(minio.resources.cpuRequest))
        #expect(tenant[path: "tenant.env"] == [
            ["name": "MINIO_STORAGE_CLASS_STANDARD", "value": .string("EC:\(minio.parity)")],
        ], "metrics keep MinIO's default JWT authentication: no MINIO_PROMETHEUS_AUTH_TYPE=public")
        #expect(tenant[path: "tenant.buckets"] == [["name": "datalake"]])
        #expect(tenant[path: "tenant.configSecret"] == ["name": "sample-minio-root", "existingSecret": true, "accessKey": .null, "secretKey": .null])
        #expect(tenant[path: "tenant.metrics.enabled"] == true)
        #expect(tenant[path: "tenant.name"] == "sample-minio")
    }

    @Test func airflowKubernetesExecutor() throws {
        let airflow = try #require(Fixture.lake.airflow)
        let values = Fixture.values("airflow")
        #expect(values[path: "executor"] == "KubernetesExecutor")
        #expect(values[path: "config.core.parallelism"] == .int(airflow.parallelism))
        #expect(values[path: "scheduler.replicas"] == .int(airflow.schedulers))
        #expect(values[path: "apiServer.replicas"] == 1)
        #expect(values[path: "redis"] == ["enabled": false] && values[path: "postgresql.enabled"] == false)
        #expect(values[path: "data.metadataSecretName"] == "sample-airflow-metadata")
        #expect(values[path: "fernetKeySecretName"] == "sample-airflow-keys")
        #expect(values[path: "workers.replicas"] == nil && values[path: "config.celery"] == nil)
        let task = try #require(airflow.pods.first { $0.name == "airflow-task" })
        #expect(values[path: "workers.resources"] == Kubernetes.resources(task.resources))
        let scheduler = try #require(airflow.pods.first { $0.name == "airflow-scheduler" })
        #expect(values[path: "scheduler.resources"] == Kubernetes.resources(scheduler.resources))
        #expect(values[path: "dags.persistence"] == ["enabled": true, "accessMode": "ReadWriteMany"])
        #expect(values[path: "webserver.defaultUser.enabled"] == false)
    }

    @Test func airflowCeleryExecutor() throws {
        let context = Fixture.context { $0.components.airflow?.executor = .celery }
        let airflow = try #require(context.lake.airflow)
        let values = Fixture.values("airflow", context)
        #expect(values[path: "executor"] == "CeleryExecutor")
        #expect(values[path: "redis.enabled"] == true)
        #expect(values[path: "workers.replicas"] == .int(airflow.workers))
        #expect(values[path: "config.celery.worker_concurrency"] == .int(airflow.workerConcurrency))
        let worker = try #require(airflow.pods.first { $0.name == "airflow-worker" })
        #expect(values[path: "workers.resources"] == Kubernetes.resources(worker.resources))
        let broker = try #require(context.lake.chartParts.resources(ChartPartName.airflowBroker))
        #expect(values[path: "redis.resources"] == Kubernetes.resources(broker))
        let groomer = try #require(context.lake.chartParts.resources(ChartPartName.airflowLogGroomer))
        #expect(values[path: "workers.logGroomerSidecar.resources"] == Kubernetes.resources(groomer))
    }

    @Test func nifiClusterFromTheResolvedNodes() throws {
        let context = Fixture.context { $0.pins.append(PinSpec(key: .nifiNodes, value: 3)) }
        let nifi = try #require(context.lake.nifi)
        let values = Fixture.values("nifi", context)
        #expect(nifi.replicas == 3)
        #expect(values[path: "replicaCount"] == 3)
        #expect(values[path: "jvmMemory"] == .string("\(try #require(nifi.heap).value >> 30)g"))
        #expect(values[path: "resources"] == Kubernetes.resources(nifi.resources))
        #expect(values[path: "resources.requests.memory"] == values[path: "resources.limits.memory"])
        #expect(values[path: "properties.isNode"] == true)
        #expect(values[path: "zookeeper.enabled"] == true && values[path: "zookeeper.replicaCount"] == 3)
        let zookeeper = try #require(context.lake.chartParts.resources(ChartPartName.nifiZooKeeper))
        #expect(values[path: "zookeeper.resources"] == Kubernetes.resources(zookeeper))
        #expect(values[path: "persistence.enabled"] == true)
    }

    @Test func nifiSingleNodeIsNoClusterNode() throws {
        let nifi = try #require(Fixture.lake.nifi)
        let values = Fixture.values("nifi")
        #expect(nifi.replicas == 1)
        #expect(values[path: "replicaCount"] == 1)
        #expect(values[path: "zookeeper.enabled"] == true && values[path: "zookeeper.replicaCount"] == 1)
        #expect(values[path: "properties.isNode"] == false)
        #expect(values[path: "env"] == [
            ["name": "NIFI_SENSITIVE_PROPS_KEY", "valueFrom": ["secretKeyRef": ["name": "sample-nifi", "key": "sensitive-props-key"]]],
            ["name": "NIFI_SINGLE_USER_USERNAME", "valueFrom": ["secretKeyRef": ["name": "sample-nifi", "key": "username"]]],
            ["name": "NIFI_SINGLE_USER_PASSWORD", "valueFrom": ["secretKeyRef": ["name": "sample-nifi", "key": "password"]]],
        ])
    }

    @Test func nifiJVMSpelling() {
        #expect(NiFiValues.jvm(.gibibytes(8)) == "8g")
        #expect(NiFiValues.jvm(.mebibytes(6_144 + 512)) == "6656m")
        #expect(NiFiValues.jvm(Bytes(1_000)) == "1000")
    }

    @Test func prometheusFromResolvedMonitoring() throws {
        let monitoring = try #require(Fixture.lake.monitoring)
        let spec = Fixture.values("kube-prometheus-stack")[path: "prometheus.prometheusSpec"] ?? .null
        #expect(spec[path: "retention"] == "15d")
        #expect(spec[path: "retentionSize"] == .string(MonitoringValues.retentionSize(monitoring.retentionSize)))
        #expect(spec[path: "scrapeInterval"] == "30s")
        #expect(spec[path: "resources"] == Kubernetes.resources(monitoring.prometheus))
        #expect(spec[path: "storageSpec.volumeClaimTemplate.spec.resources.requests.storage"] == Kubernetes.quantity(monitoring.storage))
        #expect(spec[path: "serviceMonitorSelectorNilUsesHelmValues"] == false)
        let grafana = Fixture.values("kube-prometheus-stack")[path: "grafana"] ?? .null
        #expect(grafana[path: "enabled"] == true && grafana[path: "admin"] == ["existingSecret": "sample-grafana-admin"])
        let pod = try #require(monitoring.pods.first { $0.name == "grafana" })
        #expect(grafana[path: "resources"] == Kubernetes.resources(pod.resources))
        #expect(MonitoringValues.retentionSize(.gibibytes(80)) == "80GiB")
        #expect(MonitoringValues.retentionSize(Bytes(80_000_000_000)) == "78125000KiB")
        #expect(MonitoringValues.retentionSize(Bytes(1_001)) == "1001B")
    }

    @Test func grafanaOffMeansNoAdminSecret() {
        let context = Fixture.context { $0.components.monitoring?.grafana = false }
        #expect(Fixture.values("kube-prometheus-stack", context)[path: "grafana"] == ["enabled": false])
        #expect(Fixture.entry("kube-prometheus-stack", context)?.secrets == [])
    }

    @Test func chartPartsCarryTheirResolvedResources() throws {
        let parts = Fixture.lake.chartParts
        let expected: [(release: String, path: String, part: String)] = [
            ("strimzi-kafka-operator", "resources", ChartPartName.strimziOperator),
            ("spark-operator", "controller.resources", ChartPartName.sparkOperatorController),
            ("spark-operator", "webhook.resources", ChartPartName.sparkOperatorWebhook),
            ("flink-kubernetes-operator", "operatorPod.resources", ChartPartName.flinkOperator),
            ("postgres-operator", "resources", ChartPartName.postgresOperator),
            ("minio-operator", "operator.resources", ChartPartName.minioOperator),
            ("airflow", "triggerer.resources", ChartPartName.airflowTriggerer),
            ("airflow", "dagProcessor.resources", ChartPartName.airflowDagProcessor),
            ("airflow", "statsd.resources", ChartPartName.airflowStatsd),
            ("airflow", "scheduler.logGroomerSidecar.resources", ChartPartName.airflowLogGroomer),
            ("airflow", "migrateDatabaseJob.resources", ChartPartName.airflowMigrations),
            ("kube-prometheus-stack", "prometheusOperator.resources", ChartPartName.prometheusOperator),
            ("kube-prometheus-stack", "prometheusOperator.prometheusConfigReloader.resources", ChartPartName.configReloader),
            ("kube-prometheus-stack", "alertmanager.alertmanagerSpec.resources", ChartPartName.alertmanager),
            ("kube-prometheus-stack", "kube-state-metrics.resources", ChartPartName.kubeStateMetrics),
            ("kube-prometheus-stack", "prometheus-node-exporter.resources", ChartPartName.nodeExporter),
            ("kube-prometheus-stack", "grafana.sidecar.resources", ChartPartName.grafanaSidecar),
        ]
        for (release, path, part) in expected {
            let resources = try #require(parts.resources(part), "\(part) is not sized")
            #expect(Fixture.values(release)[path: path] == Kubernetes.resources(resources), "\(release) \(path)")
        }
        let operators = try #require(parts.pods.first { $0.name == ChartPartName.minioOperator })
        #expect(Fixture.values("minio-operator")[path: "operator.replicaCount"] == .int(operators.replicas))
    }

    @Test func operatorsWatchTheLakeNamespace() {
        #expect(Fixture.values("strimzi-kafka-operator")[path: "watchNamespaces"] == [])
        #expect(Fixture.values("strimzi-kafka-operator")[path: "resources.limits.memory"] == "384Mi")
        #expect(Fixture.values("spark-operator")[path: "spark.jobNamespaces"] == ["lake"])
        #expect(Fixture.values("spark-operator")[path: "webhook.enable"] == true)
        #expect(Fixture.values("flink-kubernetes-operator")[path: "watchNamespaces"] == ["lake"])
        #expect(Fixture.values("flink-kubernetes-operator")[path: "image.tag"] == "79d730b")
        #expect(Fixture.values("postgres-operator")[path: "configKubernetes.watched_namespace"] == "lake")
        #expect(Fixture.values("minio-operator")[path: "operator.env"] == [
            ["name": "OPERATOR_STS_ENABLED", "value": "on"], ["name": "WATCHED_NAMESPACE", "value": "lake"],
        ])
    }
}
