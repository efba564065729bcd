import LakeModel

/// The Role and RoleBinding that let Kafka Connect's ServiceAccount `get` exactly the CDC sources'
/// Secrets, which Strimzi's KubernetesSecretConfigProvider reads through the Kubernetes API.
enum ConnectSecretAccess {
    static let apiVersion = "rbac.authorization.k8s.io/v1"

    static func objects(_ context: EmitContext, _ debezium: DebeziumSpec) -> [YAMLValue] {
        [role(context, debezium), binding(context)]
    }

    /// Read access to the CDC sources' Secrets only, for the config provider.
    static func role(_ context: EmitContext, _ debezium: DebeziumSpec) -> YAMLValue {
        let secrets = Set(debezium.sources.map(\.credentialsSecret)).sorted()
        return Kubernetes.object(
            apiVersion: apiVersion, kind: "Role", name: roleName(context), namespace: context.namespace,
            labels: Kubernetes.labels(lake: context.name, component: "debezium"),
            body: ["rules": [["apiGroups": [""], "resources": ["secrets"], "resourceNames": .list(secrets.map { .string($0) }), "verbs": ["get"]]]])
    }

    static func binding(_ context: EmitContext) -> YAMLValue {
        Kubernetes.object(
            apiVersion: apiVersion, kind: "RoleBinding", name: roleName(context), namespace: context.namespace,
            labels: Kubernetes.labels(lake: context.name, component: "debezium"),
            body: [
                "subjects": [["kind": "ServiceAccount", "name": .string(ManifestNames.connectServiceAccount(context.name)),
                              "namespace": .string(context.namespace)]],
                "roleRef": ["apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": .string(roleName(context))],
            ])
    }

    private static func roleName(_ context: EmitContext) -> String { "\(ManifestNames.connectCluster(context.name))-secrets" }
}
