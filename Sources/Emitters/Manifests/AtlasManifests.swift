import LakeModel

/// Apache Atlas as plain manifests: a `StatefulSet` of the resolved servers (one active, the others
/// passive) with the resolved heap in `ATLAS_SERVER_HEAP`, and the headless `Service` that
/// governs it and that clients use.
enum AtlasManifests {
    /// Atlas's web and REST port.
    static let port = 21_000
    /// Used when the blueprint names no image.
    static let defaultImage = "apache/atlas:2.4.0"

    static func objects(_ context: EmitContext) -> [YAMLValue] {
        guard let atlas = context.lake.atlas, let spec = context.lake.spec.components.atlas else { return [] }
        return [statefulSet(context, atlas, spec), service(context)]
    }

    static func name(_ context: EmitContext) -> String { "\(context.name)-atlas" }

    static func statefulSet(_ context: EmitContext, _ atlas: ResolvedReplicated, _ spec: AtlasSpec) -> YAMLValue {
        var container: [String: YAMLValue] = [
            "name": "atlas",
            "image": .string(spec.image ?? defaultImage),
            "ports": [["name": "http", "containerPort": .int(port)]],
            "resources": Kubernetes.resources(atlas.resources),
            "readinessProbe": ["tcpSocket": ["port": "http"]],
        ]
        if let heap = atlas.heap {
            let size = ManifestUnits.jvm(heap)
            container["env"] = [["name": "ATLAS_SERVER_HEAP", "value": .string("-Xms\(size) -Xmx\(size)")]]
        }
        return Kubernetes.object(
            apiVersion: "apps/v1", kind: "StatefulSet", name: name(context), namespace: context.namespace, labels: labels(context),
            body: ["spec": [
                "replicas": .int(atlas.replicas),
                "serviceName": .string(name(context)),
                "selector": ["matchLabels": ManifestNames.selector(context, component: "atlas")],
                "template": ["metadata": ["labels": labels(context)], "spec": ["containers": [.map(container)]]],
            ]])
    }

    static func service(_ context: EmitContext) -> YAMLValue {
        Kubernetes.object(
            apiVersion: "v1", kind: "Service", name: name(context), namespace: context.namespace, labels: labels(context),
            body: ["spec": [
                "clusterIP": "None",
                "selector": ManifestNames.selector(context, component: "atlas"),
                "ports": [["name": "http", "port": .int(port), "targetPort": "http"]],
            ]])
    }

    private static func labels(_ context: EmitContext) -> YAMLValue { Kubernetes.labels(lake: context.name, component: "atlas") }
}
