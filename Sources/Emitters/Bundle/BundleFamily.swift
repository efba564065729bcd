import LakeModel

/// The files that tie every family's output together: `helmfile.yaml`, which installs every release
/// in order, and `secrets.md`, which lists every Secret the lake reads. It is a separate entry point
/// because it needs the releases and Secrets of all families:
///
/// ```swift
/// let releases = families.flatMap { $0.releases(context) }
/// let secrets = families.flatMap { $0.secrets(context) }
/// BundleFamily.artifacts(context, releases: releases, secrets: secrets)
/// ```
public enum BundleFamily {
    public static func artifacts(_ context: EmitContext, releases: [HelmRelease], secrets: [SecretReference]) -> [Artifact] {
        artifacts(context, releases: releases, secrets: secrets, patches: ServingValuesFamily.helmfilePatches(context))
    }

    /// The same, with the helmfile patches the families already produced (`FamilyOutput.helmfilePatches`).
    public static func artifacts(
        _ context: EmitContext, releases: [HelmRelease], secrets: [SecretReference], patches: [String: [YAMLValue]]
    ) -> [Artifact] {
        [Helmfile.artifact(context, releases: releases, patches: patches), SecretsDocument.artifact(context, secrets: secrets)]
    }
}
