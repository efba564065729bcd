import LakeModel

/// Apache NiFi on the cetic chart: nodes, heap and resources as sized; a cluster (more than one node)
/// elects its coordinator and primary node through the chart's ZooKeeper subchart.
///
/// The chart has no existing-Secret keys for the sensitive-properties key or the single-user login, so
/// those values are `${VAR}` references that the chart's start script expands (it passes them to
/// `prop_replace` and `nifi.sh set-single-user-credentials` in bash), with the variables set from the
/// lake's Secret through `env`. Nothing secret is written here or rendered into the pod spec.
enum NiFiValues {
    static func entry(_ context: EmitContext) -> PlatformEntry? {
        guard let nifi = context.lake.nifi,
              let zookeeper = context.lake.chartParts.pods.first(where: { $0.name == ChartPartName.nifiZooKeeper }) else { return nil }
        let clustered = nifi.replicas > 1
        var values: [String: YAMLValue] = [
            "replicaCount": .int(nifi.replicas),
            "resources": Kubernetes.resources(nifi.resources),
            // Repositories and flow on volumes (the chart's default sizes: sizing resolves none for NiFi).
            "persistence": ["enabled": true],
            "properties": [
                "isNode": .bool(clustered),
                "safetyValve": ["nifi.sensitive.props.key": "${NIFI_SENSITIVE_PROPS_KEY}"],
            ],
            "auth": ["singleUser": ["username": "${NIFI_SINGLE_USER_USERNAME}", "password": "${NIFI_SINGLE_USER_PASSWORD}"]],
            "env": .list(environment.map { variable, key in secretVariable(variable, key, PlatformNames.nifiCredentials(context.name)) }),
            // A cluster gets a three-server ensemble, which keeps a majority through one failure. A single
            // node does not coordinate through ZooKeeper, but the chart's start-up may still wait for one,
            // so it keeps a one-server ZooKeeper instead of the chart's three. Its heap stays the subchart's
            // `heapSize` default, inside the sized memory limit.
            "zookeeper": [
                "enabled": true, "replicaCount": .int(zookeeper.replicas), "resources": Kubernetes.resources(zookeeper.resources),
            ],
        ]
        if let heap = nifi.heap { values["jvmMemory"] = .string(jvm(heap)) }
        return PlatformEntry(release: PinnedChart.nifi.release(PlatformNames.nifi, context, phase: .streaming), values: .map(values),
                             secrets: [secret(context.name)])
    }

    /// Variable name and Secret key, in the order the pod lists them.
    static let environment = [
        ("NIFI_SENSITIVE_PROPS_KEY", "sensitive-props-key"), ("NIFI_SINGLE_USER_USERNAME", "username"),
        ("NIFI_SINGLE_USER_PASSWORD", "password"),
    ]

    static func secretVariable(_ name: String, _ key: String, _ secret: String) -> YAMLValue {
        ["name": .string(name), "valueFrom": ["secretKeyRef": ["name": .string(secret), "key": .string(key)]]]
    }

    static func secret(_ lake: String) -> SecretReference {
        SecretReference(
            name: PlatformNames.nifiCredentials(lake), keys: environment.map(\.1), readers: ["nifi"],
            purpose: "NiFi's sensitive-properties key (at least 12 characters) and the single-user login (password at least 12 "
                + "characters); letters and digits only, since the start script substitutes them unquoted")
    }

    /// `-Xms`/`-Xmx` spelling: `8g`, `6144m`, or plain bytes.
    static func jvm(_ bytes: Bytes) -> String {
        for (suffix, shift) in [("g", 30), ("m", 20), ("k", 10)] where bytes.value != 0 && bytes.value % (1 << shift) == 0 {
            return "\(bytes.value >> shift)\(suffix)"
        }
        return String(bytes.value)
    }
}
