import LakeModel

/// Apache Atlas as plain manifests: a `StatefulSet` of the resolved servers (one active, the others
/// passive) with the resolved heap in `ATLAS_SERVER_HEAP`, under the restricted Pod Security Standard
/// (`RestrictedPod`): its data (embedded HBase and Solr) on a PersistentVolumeClaim per server, logs,
/// the unpacked web application and `/tmp` on `emptyDir`; and the headless `Service` that governs it
/// and that clients use.
enum AtlasManifests {
    /// Atlas's web and REST port.
    static let port = 21_000
    /// Used when the blueprint names no image.
    static let defaultImage = "apache/atlas:2.4.0"
    /// Where the image keeps Atlas (`ATLAS_HOME`).
    static let home = "/opt/apache-atlas"
    /// The data volume of each server. Sizing has no Atlas storage rule: 20 GiB is Lakeform's default
    /// for the embedded HBase and Solr of a metadata store of some 100,000 entities (a few GiB each,
    /// with room for compactions), listed in the lake's prerequisites.md.
    static let dataVolume = Bytes(20 << 30)
    /// Atlas starts HBase, Solr and the web application before it listens: up to 10 minutes.
    static let startupSeconds = 600
    /// Where the process writes besides its data: logs, the web application it unpacks, temporary files.
    static let scratch = [
        RestrictedPod.Scratch("logs", at: "\(home)/logs"),
        RestrictedPod.Scratch("webapp", at: "\(home)/server/webapp/atlas"),
        RestrictedPod.Scratch("tmp", at: "/tmp"),
    ]

    static func objects(_ context: EmitContext) -> [YAMLValue] {
        guard let atlas = context.lake.atlas, let spec = context.lake.spec.components.atlas else { return [] }
        return [statefulSet(context, atlas, spec), service(context)]
    }

    static func name(_ context: EmitContext) -> String { "\(context.name)-atlas" }

    static func statefulSet(_ context: EmitContext, _ atlas: ResolvedReplicated, _ spec: AtlasSpec) -> YAMLValue {
        let probe: YAMLValue = ["tcpSocket": ["port": "http"]]
        var container: [String: YAMLValue] = [
            "name": "atlas",
            "image": .string(spec.image ?? defaultImage),
            "ports": [["name": "http", "containerPort": .int(port)]],
            "resources": Kubernetes.resources(atlas.resources),
            "startupProbe": ["tcpSocket": ["port": "http"], "periodSeconds": 10, "failureThreshold": .int(startupSeconds / 10)],
            "readinessProbe": probe,
            "livenessProbe": probe,
        ]
        if let heap = atlas.heap {
            let size = ManifestUnits.jvm(heap)
            container["env"] = [["name": "ATLAS_SERVER_HEAP", "value": .string("-Xms\(size) -Xmx\(size)")]]
        }
        let data: YAMLValue = ["name": "data", "mountPath": .string("\(home)/data")]
        return Kubernetes.object(
            apiVersion: "apps/v1", kind: "StatefulSet", name: name(context), namespace: context.namespace, labels: labels(context),
            body: ["spec": [
                "replicas": .int(atlas.replicas),
                "serviceName": .string(name(context)),
                "selector": ["matchLabels": ManifestNames.selector(context, component: "atlas")],
                "template": [
                    "metadata": ["labels": labels(context)],
                    "spec": RestrictedPod.podSpec(
                        containers: [RestrictedPod.container(container, scratch: scratch, mounts: [data])], scratch: scratch),
                ],
                "volumeClaimTemplates": [[
                    "metadata": ["name": "data", "labels": labels(context)],
                    "spec": ["accessModes": ["ReadWriteOnce"], "resources": ["requests": ["storage": Kubernetes.quantity(dataVolume)]]],
                ]],
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
