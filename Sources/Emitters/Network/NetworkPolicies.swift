import LakeModel

/// The lake's NetworkPolicies, from its data flows (`DataFlows`): a default deny of all ingress and
/// egress in the namespace, DNS egress for every pod, and per flow an ingress policy on the server
/// (`<client>-to-<server>`) and an egress policy on the client (`<client>-to-<server>-egress`).
/// Flows to the API server and the nodes have only the egress half: they are not pods, so they are
/// allowed by port; so are the API server's calls to admission webhooks (`kube-apiserver-to-<pods>`). Traffic from outside the namespace (an ingress controller, users) stays denied
/// until the platform adds its own policy, as prerequisites.md says.
enum NetworkPolicies {
    static let apiVersion = "networking.k8s.io/v1"

    static func objects(_ context: EmitContext) -> [YAMLValue] {
        let flows = context.flows
        guard !flows.isEmpty else { return [] }
        return [defaultDeny(context), dns(context)] + flows.flatMap { flow in
            (ingress(context, flow).map { [$0] } ?? []) + [egress(context, flow)]
        } + DataFlows.webhooks(context).map { webhook(context, $0.pods, ports: $0.ports) }
    }

    /// The API server calls an admission webhook: admitted from any source, on the webhook's port only.
    static func webhook(_ context: EmitContext, _ pods: LakePods, ports: [Int]) -> YAMLValue {
        policy(context, name: "kube-apiserver-to-\(pods.name)", spec: [
            "podSelector": pods.selector, "policyTypes": ["Ingress"], "ingress": [["ports": Self.ports(ports)]],
        ])
    }

    static func defaultDeny(_ context: EmitContext) -> YAMLValue {
        policy(context, name: "\(context.name)-default-deny", spec: ["podSelector": [:], "policyTypes": ["Ingress", "Egress"]])
    }

    /// Every pod may resolve names through the cluster DNS in `kube-system`.
    static func dns(_ context: EmitContext) -> YAMLValue {
        let ports: YAMLValue = [["protocol": "UDP", "port": 53], ["protocol": "TCP", "port": 53]]
        return policy(context, name: "\(context.name)-dns", spec: [
            "podSelector": [:], "policyTypes": ["Egress"],
            "egress": [["to": [["namespaceSelector": ["matchLabels": ["kubernetes.io/metadata.name": "kube-system"]]]], "ports": ports]],
        ])
    }

    /// The server side: its pods admit the client's pods on the flow's ports.
    static func ingress(_ context: EmitContext, _ flow: DataFlow) -> YAMLValue? {
        guard case .pods(let server) = flow.server else { return nil }
        var rule: [String: YAMLValue] = ["from": [["podSelector": flow.client.selector]]]
        if !flow.ports.isEmpty { rule["ports"] = ports(flow.ports) }
        return policy(context, name: flow.name, spec: ["podSelector": server.selector, "policyTypes": ["Ingress"], "ingress": [.map(rule)]])
    }

    /// The client side: its pods may open the flow's connections.
    static func egress(_ context: EmitContext, _ flow: DataFlow) -> YAMLValue {
        var rule: [String: YAMLValue] = [:]
        if case .pods(let server) = flow.server { rule["to"] = [["podSelector": server.selector]] }
        if !flow.ports.isEmpty { rule["ports"] = ports(flow.ports) }
        return policy(context, name: "\(flow.name)-egress", spec: [
            "podSelector": flow.client.selector, "policyTypes": ["Egress"], "egress": [.map(rule)],
        ])
    }

    static func ports(_ ports: [Int]) -> YAMLValue { .list(ports.map { ["protocol": "TCP", "port": .int($0)] }) }

    static func policy(_ context: EmitContext, name: String, spec: YAMLValue) -> YAMLValue {
        Kubernetes.object(apiVersion: apiVersion, kind: "NetworkPolicy", name: name, namespace: context.namespace,
                          labels: Kubernetes.labels(lake: context.name, component: "network"), body: ["spec": spec])
    }
}
