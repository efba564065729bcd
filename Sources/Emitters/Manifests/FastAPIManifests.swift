import LakeModel

/// The FastAPI query service as plain manifests: a `Deployment` with the resolved replicas and
/// resources under the restricted Pod Security Standard (`RestrictedPod`, a writable `/tmp` only),
/// its `Service`, and an autoscaling/v2 `HorizontalPodAutoscaler` between the resolved replicas and
/// the planned ceiling.
enum FastAPIManifests {
    /// Uvicorn's default port.
    static let containerPort = 8000
    /// Python and uvicorn write temporary files (multipart uploads) to `/tmp` only.
    static let scratch = [RestrictedPod.Scratch("tmp", at: "/tmp")]

    static func objects(_ context: EmitContext) -> [YAMLValue] {
        guard let api = context.lake.fastapi, let spec = context.lake.spec.components.fastapi else { return [] }
        return [deployment(context, api, spec), service(context), autoscaler(context, api)]
    }

    static func name(_ context: EmitContext) -> String { "\(context.name)-fastapi" }

    /// The Secret keys the service reads, one per backing store the lake deploys.
    static func secretKeys(_ context: EmitContext) -> [(env: String, key: String)] {
        (context.lake.postgres == nil ? [] : [("DATABASE_URL", "database-url")])
            + (context.lake.redis == nil ? [] : [("REDIS_URL", "redis-url")])
    }

    static func deployment(_ context: EmitContext, _ api: ResolvedReplicated, _ spec: FastAPISpec) -> YAMLValue {
        let probe: YAMLValue = ["tcpSocket": ["port": "http"]]
        var container: [String: YAMLValue] = [
            "name": "fastapi",
            "image": .string(spec.image),
            "ports": [["name": "http", "containerPort": .int(containerPort)]],
            "resources": Kubernetes.resources(api.resources),
            "readinessProbe": probe,
            "livenessProbe": probe,
        ]
        let env = secretKeys(context).map { entry -> YAMLValue in
            ["name": .string(entry.env), "valueFrom": ["secretKeyRef": ["name": .string(name(context)), "key": .string(entry.key)]]]
        }
        if !env.isEmpty { container["env"] = .list(env) }
        return Kubernetes.object(
            apiVersion: "apps/v1", kind: "Deployment", name: name(context), namespace: context.namespace, labels: labels(context),
            body: ["spec": [
                "replicas": .int(api.replicas),
                "selector": ["matchLabels": selector(context)],
                "template": [
                    "metadata": ["labels": labels(context)],
                    "spec": RestrictedPod.podSpec(containers: [RestrictedPod.container(container, scratch: scratch)], scratch: scratch),
                ],
            ]])
    }

    static func service(_ context: EmitContext) -> YAMLValue {
        Kubernetes.object(
            apiVersion: "v1", kind: "Service", name: name(context), namespace: context.namespace, labels: labels(context),
            body: ["spec": ["selector": selector(context), "ports": [["name": "http", "port": 80, "targetPort": "http"]]]])
    }

    /// Scales on CPU (the autoscaler's default target) from the resolved replicas up to
    /// `fastapi.maxReplicas` from the plan, or twice the replicas when the plan has none.
    static func autoscaler(_ context: EmitContext, _ api: ResolvedReplicated) -> YAMLValue {
        let ceiling = context.lake.provenance[Emission.maxReplicasAddress]?.value ?? api.replicas * 2
        return Kubernetes.object(
            apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", name: name(context), namespace: context.namespace,
            labels: labels(context),
            body: ["spec": [
                "scaleTargetRef": ["apiVersion": "apps/v1", "kind": "Deployment", "name": .string(name(context))],
                "minReplicas": .int(api.replicas),
                "maxReplicas": .int(ceiling),
            ]])
    }

    private static func labels(_ context: EmitContext) -> YAMLValue { Kubernetes.labels(lake: context.name, component: "fastapi") }
    private static func selector(_ context: EmitContext) -> YAMLValue { ManifestNames.selector(context, component: "fastapi") }
}
