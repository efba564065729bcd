import LakeModel

/// The files that tie every family's output together: `helmfile.yaml`, which installs every release
/// in order, `secrets.md`, which lists every Secret the lake reads, `prerequisites.md` and the
/// lake's `Namespace` with its Pod Security labels. It is a separate entry point
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

    /// The same, with the helmfile patches and the hardening the families already produced
    /// (`FamilyOutput.helmfilePatches`, `FamilyOutput.hardening`), which add `prerequisites.md` and the
    /// namespace's Pod Security labels.
    public static func artifacts(
        _ context: EmitContext, releases: [HelmRelease], secrets: [SecretReference], patches: [String: [YAMLValue]],
        hardening: [String: ChartHardening] = [:]
    ) -> [Artifact] {
        [
            Helmfile.artifact(context, releases: releases, patches: patches), SecretsDocument.artifact(context, secrets: secrets),
            PrerequisitesDocument.artifact(context, releases: releases, hardening: hardening),
            context.manifest(NamespaceSecurity.manifest(context, hardening: hardening)),
        ]
    }
}
