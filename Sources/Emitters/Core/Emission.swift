import LakeModel

/// Everything Lakeform writes for one lake: every family's artifacts, then the helmfile and
/// secrets.md that tie them together.
public struct Emission: Sendable {
    public var artifacts: [Artifact]
    public var releases: [HelmRelease]

    /// The only derivations emitters read from `ResolvedLake.provenance`: a lake keeping just these emits the same bytes.
    public static let derivationsRead: Set<String> = [maxReplicasAddress]
    /// The FastAPI autoscaler's ceiling.
    static let maxReplicasAddress = "fastapi.maxReplicas"

    /// Runs every emitter family for `lake`, sorted by path.
    public init(lake: ResolvedLake) {
        let context = EmitContext(lake: lake)
        let families: [any EmitterFamily.Type] = [ManifestFamily.self, PlatformValuesFamily.self, ServingValuesFamily.self, LakehouseFamily.self]
        let outputs = families.map { $0.output(context) }
        releases = outputs.flatMap(\.releases)
        let patches = outputs.reduce(into: [String: [YAMLValue]]()) { $0.merge($1.helmfilePatches) { first, _ in first } }
        let hardening = outputs.reduce(into: [String: ChartHardening]()) { $0.merge($1.hardening) { first, _ in first } }
        let bundle = BundleFamily.artifacts(context, releases: releases, secrets: outputs.flatMap(\.secrets), patches: patches,
                                            hardening: hardening)
        artifacts = (outputs.flatMap(\.artifacts) + bundle).sorted { $0.path < $1.path }
    }
}
