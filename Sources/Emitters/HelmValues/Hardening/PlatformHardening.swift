import LakeModel

/// The hardening of the platform family's charts (`ChartHardening`), with the UID each image runs as.
enum PlatformHardening {
    static let seccomp: YAMLValue = ["seccompProfile": ["type": "RuntimeDefault"]]

    /// The operator's own container is restricted by the chart's defaults; the Kafka, Connect and
    /// controller pods it creates get restricted contexts from Strimzi's `restricted` provider.
    static var strimzi: ChartHardening {
        ChartHardening([
            "podSecurityContext": YAMLValue.map(["runAsNonRoot": true]).merging(seccomp),
            "extraEnvs": [["name": "STRIMZI_POD_SECURITY_PROVIDER_CLASS", "value": "restricted"]],
        ])
    }

    /// spark-operator's images run as `spark` (UID 185); its containers are restricted by the chart's defaults.
    static var sparkOperator: ChartHardening {
        let pod = SecurityContexts.pod(user: 185)
        return ChartHardening(["controller": ["podSecurityContext": pod], "webhook": ["podSecurityContext": pod]])
    }

    /// The Flink operator image runs as `flink` (UID 9999).
    static var flinkOperator: ChartHardening {
        ChartHardening([
            "podSecurityContext": SecurityContexts.pod(user: 9999),
            "operatorSecurityContext": SecurityContexts.container(user: 9999),
            "webhookSecurityContext": SecurityContexts.container(user: 9999),
        ])
    }

    /// The operator runs restricted; Spilo runs as its `postgres` user (UID 101, GID 103) without
    /// privilege escalation, but the operator gives Spilo no seccomp profile or dropped capabilities.
    static var postgresOperator: ChartHardening {
        ChartHardening(
            [
                "securityContext": SecurityContexts.container(user: 1000).merging(["readOnlyRootFilesystem": true]),
                "configKubernetes": [
                    "spilo_runasuser": 101, "spilo_runasgroup": 103, "spilo_fsgroup": 103, "spilo_privileged": false,
                    "spilo_allow_privilege_escalation": false,
                ],
            ],
            level: .baseline,
            gaps: [
                "the operator has no setting for the Spilo container's seccomp profile or capabilities; Spilo runs "
                    + "as UID 101 without privilege escalation, which also stops Spilo's cron (scheduled base backups need it).",
            ])
    }

    /// The MinIO operator chart's defaults are restricted (UID 1000, RuntimeDefault, no capabilities).
    static var minioOperator: ChartHardening { ChartHardening([:]) }

    /// The tenant's pools carry their contexts (`MinIOTenantValues.pool`), since they replace the chart's list.
    static var minioTenant: ChartHardening { ChartHardening([:]) }

    /// apache/nifi runs as `nifi` (UID 1000).
    static var nifi: ChartHardening {
        ChartHardening(
            ["securityContext": SecurityContexts.pod(user: 1000)], level: .baseline,
            gaps: ["the chart takes only a pod securityContext; the NiFi and log-tailing containers keep the runtime's default "
                + "capabilities and allow privilege escalation, and its ZooKeeper subchart is not vendored in schemas/upstream."])
    }

    /// apache/airflow runs as UID 50000 in group 0; every component falls back to these contexts.
    static var airflow: ChartHardening {
        ChartHardening(["securityContexts": [
            "pod": SecurityContexts.pod(user: 50_000, group: 0), "containers": SecurityContexts.containerWithoutUser,
        ]])
    }

    /// Prometheus, Alertmanager, the operator and kube-state-metrics are restricted by the chart's
    /// defaults; Grafana's root `chown` init container is off (fsGroup 472 already owns its volume).
    static func monitoring(_ values: YAMLValue) -> ChartHardening {
        ChartHardening(
            values[path: "grafana.enabled"] == .bool(true) ? ["grafana": ["initChownData": ["enabled": false]]] : [:], level: .privileged,
            gaps: [
                "the node exporter DaemonSet reads the host's PID and network namespaces and root filesystem "
                    + "(hostPID, hostNetwork, hostPath), which only the `privileged` Pod Security level admits. To enforce a stricter "
                    + "level in this namespace, set `nodeExporter.enabled: false` here and run the node exporter in a namespace of its own.",
            ])
    }
}
