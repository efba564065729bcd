import LakeModel

/// Everything one emitter family produces for a lake, computed together: families whose artifacts,
/// releases and Secrets come from the same values build those values once (see `EmitterFamily.output`).
public struct FamilyOutput: Sendable {
    public var artifacts: [Artifact]
    public var releases: [HelmRelease]
    public var secrets: [SecretReference]
    /// Strategic-merge patches helmfile applies to rendered objects, by release name.
    public var helmfilePatches: [String: [YAMLValue]]
    /// The hardening of each release's values, by release name.
    public var hardening: [String: ChartHardening]

    public init(artifacts: [Artifact], releases: [HelmRelease] = [], secrets: [SecretReference] = [],
                helmfilePatches: [String: [YAMLValue]] = [:], hardening: [String: ChartHardening] = [:]) {
        self.artifacts = artifacts
        self.releases = releases
        self.secrets = secrets
        self.helmfilePatches = helmfilePatches
        self.hardening = hardening
    }
}
