import LakeModel

/// Elasticsearch 8.5.1 with Kibana 8.5.1 (elastic/helm-charts) and OpenSearch 3.6.0 with
/// OpenSearch Dashboards 3.6.0 (opensearch-project/helm-charts), sized from `ResolvedSearch`:
/// data nodes, heap as `-Xms` = `-Xmx`, container resources (requests and a memory limit), and a
/// volume of `diskPerNode` per node. The charts' init containers get the requests and memory limit
/// their values.yaml comments suggest (`initResources`: 25m, 128Mi).
///
/// Dedicated masters: the charts run one node group per release, as their multi-group examples
/// do. Without dedicated masters the `elasticsearch` / `opensearch` release is the one group of
/// master-eligible data nodes (the chart's default roles). With them, that release (node group
/// `master`, whose Service the data nodes join) holds the masters with the master role only, and
/// an `elasticsearch-data` / `opensearch-data` release (node group `data`) the data nodes with
/// every role but master. The Elasticsearch chart generates a CA per release (`createCert`), so the
/// data release turns its own off and mounts the master release's `elasticsearch-master-certs` with
/// the same `xpack.security.*` settings the chart sets, so both groups trust one CA.
///
/// Credentials:
/// - Elasticsearch: the chart's own Secret is off (`secret.enabled: false`, it would generate a
///   password on every upgrade); `ELASTIC_PASSWORD` comes from the Secret the chart and Kibana
///   already expect, `elasticsearch-master-credentials` (`username`, `password`).
/// - OpenSearch: the demo security setup needs `OPENSEARCH_INITIAL_ADMIN_PASSWORD`; it and
///   Dashboards (`opensearchAccount.secret`) read `<lake>-opensearch-admin` (`username`, `password`).
///
/// The dashboards' Node.js heap (`--max-old-space-size`) is 75% of their container memory, so the
/// chart's 1,800 MB default cannot outgrow a 1 GiB container.
enum SearchValues {
    static let elasticsearchSecret = "elasticsearch-master-credentials"
    static func opensearchSecret(_ context: EmitContext) -> String { "\(context.name)-opensearch-admin" }
    static let dashboardsHeapPercent = 75
    static let initResources = Resources(cpu: Millicores(25), memory: .mebibytes(128))
    /// The charts' default roles without `master`, for data nodes beside dedicated masters.
    static let elasticsearchDataRoles = ["data", "data_content", "data_hot", "data_warm", "data_cold", "ingest", "ml", "remote_cluster_client", "transform"]
    static let opensearchDataRoles = ["ingest", "data", "remote_cluster_client"]
    /// Where the chart mounts its certificates, and the settings it points at them (templates/statefulset.yaml).
    static let certificatesPath = "/usr/share/elasticsearch/config/certs"
    static var certificateSettings: [YAMLValue] {
        [("xpack.security.enabled", "true"), ("xpack.security.transport.ssl.enabled", "true"), ("xpack.security.http.ssl.enabled", "true"),
         ("xpack.security.transport.ssl.verification_mode", "certificate")].map { ServingFormats.env($0.0, $0.1) }
            + ["transport", "http"].flatMap { layer in
                [("key", "tls.key"), ("certificate", "tls.crt"), ("certificate_authorities", "ca.crt")].map {
                    ServingFormats.env("xpack.security.\(layer).ssl.\($0.0)", "\(certificatesPath)/\($0.1)")
                }
            }
    }

    static func elasticsearch(_ context: EmitContext) -> [ServingChart] {
        guard let search = context.lake.elasticsearch else { return [] }
        let common: [String: YAMLValue] = [
            "secret": ["enabled": false],
            "extraEnvs": [ServingFormats.secretEnv("ELASTIC_PASSWORD", secret: elasticsearchSecret, key: "password")],
            "initResources": ServingFormats.resources(initResources, clearCPULimit: true),
        ]
        func group(replicas: Int, heap: Bytes, resources: Resources, disk: Bytes) -> [String: YAMLValue] {
            common.merging([
                "replicas": .int(replicas),
                "esJavaOpts": .string(javaOpts(heap)),
                "resources": ServingFormats.resources(resources, clearCPULimit: true),
                "volumeClaimTemplate": ["resources": ["requests": ["storage": Kubernetes.quantity(disk)]]],
            ]) { $1 }
        }
        var data = group(replicas: search.dataNodes, heap: search.heap, resources: search.node, disk: search.diskPerNode)
        var readers = ["elasticsearch"]
        var charts: [ServingChart]
        if let masters = search.masters {
            var master = group(replicas: masters.count, heap: masters.heap, resources: masters.resources, disk: masters.volume)
            master["roles"] = ["master"]
            data["nodeGroup"] = "data"
            data["masterService"] = "elasticsearch-master"
            data["roles"] = .list(elasticsearchDataRoles.map { .string($0) })
            data["createCert"] = false
            data["secretMounts"] = [["name": "elasticsearch-certs", "secretName": "elasticsearch-master-certs", "path": .string(certificatesPath)]]
            if case .list(let env)? = data["extraEnvs"] { data["extraEnvs"] = .list(env + certificateSettings) }
            charts = [
                ServingChart(release: PinnedChart.elasticsearch.release("elasticsearch", context, phase: .query), values: .map(master)),
                ServingChart(release: PinnedChart.elasticsearch.release("elasticsearch-data", context, phase: .query, needs: ["elasticsearch"]),
                             values: .map(data)),
            ]
            readers.append("elasticsearch-data")
        } else {
            charts = [ServingChart(release: PinnedChart.elasticsearch.release("elasticsearch", context, phase: .query), values: .map(data))]
        }
        if let dashboards = ServingFormats.group(search.pods, "elasticsearch-dashboards") {
            readers.append("kibana")
            let kibana: YAMLValue = [
                "replicas": .int(dashboards.replicas),
                "resources": ServingFormats.resources(dashboards.resources, clearCPULimit: true),
                "elasticsearchCredentialSecret": .string(elasticsearchSecret),
                "extraEnvs": [nodeOptions(dashboards.resources)],
            ]
            charts.append(ServingChart(
                release: PinnedChart.kibana.release("kibana", context, phase: .serving, needs: ["elasticsearch"]), values: kibana))
        }
        charts[0].secrets = [SecretReference(
            name: elasticsearchSecret, keys: ["password", "username"], readers: readers,
            purpose: "the `elastic` superuser: `username` is `elastic`, `password` its bootstrap password")]
        return charts
    }

    static func opensearch(_ context: EmitContext) -> [ServingChart] {
        guard let search = context.lake.opensearch else { return [] }
        let secret = opensearchSecret(context)
        let common: [String: YAMLValue] = [
            "extraEnvs": [ServingFormats.secretEnv("OPENSEARCH_INITIAL_ADMIN_PASSWORD", secret: secret, key: "password")],
            "initResources": ServingFormats.resources(initResources, clearCPULimit: true),
        ]
        func group(replicas: Int, heap: Bytes, resources: Resources, disk: Bytes) -> [String: YAMLValue] {
            common.merging([
                "replicas": .int(replicas),
                "opensearchJavaOpts": .string(javaOpts(heap)),
                "resources": ServingFormats.resources(resources, clearCPULimit: true),
                "persistence": ["size": Kubernetes.quantity(disk)],
            ]) { $1 }
        }
        var data = group(replicas: search.dataNodes, heap: search.heap, resources: search.node, disk: search.diskPerNode)
        var readers = ["opensearch"]
        var charts: [ServingChart]
        if let masters = search.masters {
            var master = group(replicas: masters.count, heap: masters.heap, resources: masters.resources, disk: masters.volume)
            master["roles"] = ["master"]
            data["nodeGroup"] = "data"
            data["roles"] = .list(opensearchDataRoles.map { .string($0) })
            charts = [
                ServingChart(release: PinnedChart.opensearch.release("opensearch", context, phase: .query), values: .map(master)),
                ServingChart(release: PinnedChart.opensearch.release("opensearch-data", context, phase: .query, needs: ["opensearch"]),
                             values: .map(data)),
            ]
            readers.append("opensearch-data")
        } else {
            charts = [ServingChart(release: PinnedChart.opensearch.release("opensearch", context, phase: .query), values: .map(data))]
        }
        if let dashboards = ServingFormats.group(search.pods, "opensearch-dashboards") {
            readers.append("opensearch-dashboards")
            let values: YAMLValue = [
                "replicaCount": .int(dashboards.replicas),
                "resources": ServingFormats.resources(dashboards.resources, clearCPULimit: true),
                "opensearchAccount": ["secret": .string(secret)],
                "extraEnvs": [nodeOptions(dashboards.resources)],
            ]
            charts.append(ServingChart(
                release: PinnedChart.opensearchDashboards.release("opensearch-dashboards", context, phase: .serving, needs: ["opensearch"]),
                values: values))
        }
        charts[0].secrets = [SecretReference(
            name: secret, keys: ["password", "username"], readers: readers,
            purpose: "the OpenSearch `admin` user: `username` is `admin`, `password` its initial password (a strong one: OpenSearch rejects weak ones)")]
        return charts
    }

    /// The data nodes' PersistentVolumeClaims: `<cluster>-<node group>-<cluster>-<node group>-<n>`, as the
    /// charts name the claim template and the StatefulSet after the node group.
    static func dataVolumeClaims(_ kind: ComponentKind, _ search: ResolvedSearch) -> String {
        let group = (kind == .opensearch ? "opensearch-cluster-" : "elasticsearch-") + (search.masters == nil ? "master" : "data")
        return "\(group)-\(group)-[0-9]+"
    }

    /// `-Xms<heap> -Xmx<heap>`.
    static func javaOpts(_ heap: Bytes) -> String {
        let size = ServingFormats.jvm(heap)
        return "-Xms\(size) -Xmx\(size)"
    }

    /// `NODE_OPTIONS=--max-old-space-size=<75% of the container in MiB>`.
    static func nodeOptions(_ resources: Resources) -> YAMLValue {
        let heap = ServingFormats.wholeMiB(resources.memoryLimit) * dashboardsHeapPercent / 100
        return ServingFormats.env("NODE_OPTIONS", "--max-old-space-size=\(heap)")
    }
}
