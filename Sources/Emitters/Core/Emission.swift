import LakeModel

/// Everything Lakeform writes for one lake: every family's artifacts, then the helmfile and
/// secrets.md that tie them together.
public struct Emission: Sendable {
    public var artifacts: [Artifact]
    public var releases: [HelmRelease]

    /// Runs every emitter family for `lake`, sorted by path.
    public init(lake: ResolvedLake) {
        let context = EmitContext(lake: lake)
        let families: [any EmitterFamily.Type] = [ManifestFamily.self, PlatformValuesFamily.self, ServingValuesFamily.self, LakehouseFamily.self]
        releases = families.flatMap { $0.releases(context) }
        let secrets = families.flatMap { $0.secrets(context) }
        let artifacts = families.flatMap { $0.artifacts(context) } + BundleFamily.artifacts(context, releases: releases, secrets: secrets)
        self.artifacts = artifacts.sorted { $0.path < $1.path }
    }
}
