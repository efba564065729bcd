import LakeModel

/// A chart pinned to the version its values were checked against (`schemas/upstream/charts/<chart>`).
struct PinnedChart {
    /// `repository/chart`, as helmfile spells it.
    var chart: String
    var version: String
    var repository: (name: String, url: String)

    /// The release of this chart named `name` in the lake's namespace.
    func release(_ name: String, _ context: EmitContext, phase: HelmRelease.Phase, needs: [String] = []) -> HelmRelease {
        HelmRelease(name: name, chart: chart, version: version, repository: repository, namespace: context.namespace,
                    phase: phase, needs: needs)
    }
}
