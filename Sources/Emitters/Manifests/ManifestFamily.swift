import LakeModel

/// The custom resources and plain manifests of a lake, one object per file at
/// `<lake>/manifests/<Kind>.<name>.yaml`, all in the lake's namespace. Operators come from the
/// Helm releases; this family writes what they reconcile. Naming is documented in `ManifestNames`:
/// Kafka cluster `<lake>-kafka`, Connect `<lake>-connect`, PostgreSQL `lakeform-<lake>`, FastAPI
/// `<lake>-fastapi`, Atlas `<lake>-atlas`; node pools, topics, connectors and jobs by their own names.
public enum ManifestFamily: EmitterFamily {
    /// The manifests, and the diagram of the data flows their NetworkPolicies allow.
    public static func artifacts(_ context: EmitContext) -> [Artifact] {
        objects(context).map(context.manifest) + (FlowDiagram.artifact(context).map { [$0] } ?? [])
    }

    /// Every object, in a fixed order: streaming, processing, serving, observability, network.
    static func objects(_ context: EmitContext) -> [YAMLValue] {
        KafkaManifests.objects(context) + MilvusTopicManifests.objects(context) + KafkaConnectManifests.objects(context) + SparkManifests.objects(context)
            + FlinkManifests.objects(context) + PostgresManifests.objects(context) + FastAPIManifests.objects(context)
            + AtlasManifests.objects(context) + MonitorManifests.objects(context) + CapacityRules.objects(context)
            + NetworkPolicies.objects(context)
    }

    public static func secrets(_ context: EmitContext) -> [SecretReference] {
        ManifestSecrets.all(context)
    }
}
