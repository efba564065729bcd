import LakeModel

/// A `PrometheusRule` whose thresholds are the capacity plan's own numbers: MinIO past its planned
/// fill of the usable capacity, a Kafka broker volume past the retained bytes planned for it, search
/// data volumes past Elasticsearch's low disk watermark, and Prometheus's TSDB near its retention size.
enum CapacityRules {
    /// Elasticsearch's default `cluster.routing.allocation.disk.watermark.low` (OpenSearch uses the same).
    static let searchWatermarkPercent = 85
    /// How close to `retention.size` the TSDB may grow before size, not time, starts deleting blocks.
    static let tsdbNearPercent = 90
    /// How long a threshold must hold before the alert fires.
    static let holdFor = "15m"

    /// One alert: the bytes a PromQL expression measures, the plan's limit for them, and what it means.
    struct Alert {
        var name: String
        /// The measured bytes, one line per term so the expression stays readable.
        var measured: [String]
        var limit: Bytes
        var summary: String

        /// The expression as a multi-line string, written as a literal block.
        var expr: String { (measured + ["> \(limit.value)"]).joined(separator: "\n") }
    }

    static func objects(_ context: EmitContext) -> [YAMLValue] {
        guard context.lake.monitoring != nil else { return [] }
        let rules = alerts(context).map { alert -> YAMLValue in
            [
                "alert": .string(alert.name), "expr": .string(alert.expr), "for": .string(holdFor),
                "labels": ["severity": "warning", "lake": .string(context.name)],
                "annotations": ["summary": .string(alert.summary)],
            ]
        }
        return [Kubernetes.object(
            apiVersion: MonitorManifests.apiVersion, kind: "PrometheusRule", name: "\(context.name)-capacity",
            namespace: context.namespace, labels: Kubernetes.labels(lake: context.name, component: "monitoring"),
            body: ["spec": ["groups": [["name": .string("\(context.name).capacity"), "rules": .list(rules)]]]])]
    }

    static func alerts(_ context: EmitContext) -> [Alert] {
        let lake = context.lake
        let ns = "namespace=\"\(context.namespace)\""
        var alerts: [Alert] = []
        if let minio = lake.minio {
            let limit = percent(minio.usableCapacity, minio.fillTargetPercent)
            alerts.append(Alert(
                name: "MinIOUsageAbovePlan",
                measured: ["max(", "  minio_cluster_capacity_usable_total_bytes{\(ns)}", "  - minio_cluster_capacity_usable_free_bytes{\(ns)}", ")"],
                limit: limit,
                summary: "MinIO stores more than \(minio.fillTargetPercent)% of the planned usable \(minio.usableCapacity) (\(limit))."))
        }
        if let kafka = lake.kafka {
            let retained = IntegerMath.product(IntegerMath.sum(kafka.topics.map { IntegerMath.product($0.ingress.value, $0.localRetention.value) }),
                                               kafka.replicationFactor)
            let perBroker = Bytes((retained + kafka.brokers - 1) / kafka.brokers)
            alerts.append(Alert(
                name: "KafkaBrokerDiskAbovePlan", measured: volume(ns, claims: "data-0-\(ManifestNames.kafkaCluster(context.name))-broker-[0-9]+"),
                limit: perBroker,
                summary: "A Kafka broker volume holds more than the \(perBroker) of retained log planned per broker (volume \(kafka.storagePerBroker))."))
        }
        for (search, product, kind) in [
            (lake.elasticsearch, "Elasticsearch", ComponentKind.elasticsearch), (lake.opensearch, "OpenSearch", ComponentKind.opensearch),
        ] {
            guard let search else { continue }
            let limit = percent(search.diskPerNode, searchWatermarkPercent)
            alerts.append(Alert(
                name: "\(product)DiskAboveWatermark", measured: volume(ns, claims: SearchValues.dataVolumeClaims(kind, search)), limit: limit,
                summary: "An \(product) data volume is past the \(searchWatermarkPercent)% low watermark of its \(search.diskPerNode) (\(limit))."))
        }
        if let monitoring = lake.monitoring {
            let limit = percent(monitoring.retentionSize, tsdbNearPercent)
            let parts = ["storage_blocks_bytes", "wal_storage_size_bytes", "head_chunks_storage_size_bytes"].map { "prometheus_tsdb_\($0){\(ns)}" }
            alerts.append(Alert(
                name: "PrometheusTSDBNearRetentionSize", measured: [parts[0]] + parts.dropFirst().map { "+ \($0)" }, limit: limit,
                summary: "Prometheus's TSDB is past \(tsdbNearPercent)% of its retention size \(monitoring.retentionSize) (\(limit))."))
        }
        return alerts
    }

    /// Used bytes of the persistent volume claims matching `claims`, per claim (kubelet metrics).
    static func volume(_ ns: String, claims: String) -> [String] {
        ["max by (persistentvolumeclaim) (", "  kubelet_volume_stats_used_bytes{\(ns), persistentvolumeclaim=~\"\(claims)\"}", ")"]
    }

    /// `percent`% of `bytes`, rounded down, without overflowing for petabyte values.
    static func percent(_ bytes: Bytes, _ percent: Int) -> Bytes {
        Bytes(IntegerMath.percent(bytes.value, percent))
    }
}
