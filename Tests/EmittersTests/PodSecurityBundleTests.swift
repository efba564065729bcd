@testable import Emitters
import LakeModel
import TestSupport
import Testing

/// `prerequisites.md` and the namespace's Pod Security labels follow the releases' hardening.
@Suite struct PodSecurityBundleTests {
    static let context = EmitContext(lake: SampleLakes.resolved())

    static func artifact(_ emission: Emission, _ suffix: String) -> Artifact? { emission.artifacts.first { $0.path.hasSuffix(suffix) } }

    @Test func enforceIsTheWeakestReleaseLevelWarnAndAuditAreRestricted() {
        let hardening = ["a": ChartHardening([:]), "b": ChartHardening([:], level: .baseline, gaps: ["why"])]
        let namespace = NamespaceSecurity.manifest(Self.context, hardening: hardening)
        #expect(namespace[path: "metadata.labels"]?.mapping?["pod-security.kubernetes.io/enforce"] == "baseline")
        #expect(namespace[path: "metadata.labels"]?.mapping?["pod-security.kubernetes.io/warn"] == "restricted")
        #expect(namespace[path: "metadata.labels"]?.mapping?["pod-security.kubernetes.io/audit"] == "restricted")
        #expect(namespace[path: "metadata.name"] == "lake")
        #expect(NamespaceSecurity.enforced(["a": ChartHardening([:])]).level == .restricted)
        #expect(NamespaceSecurity.enforced([:]).level == .restricted, "a lake of manifests only is restricted")
        #expect(NamespaceSecurity.enforced(hardening).holders.map(\.release) == ["b"])
    }

    @Test func theSampleLakeWritesItsNamespaceAndPrerequisites() throws {
        let emission = Emission(lake: Self.context.lake)
        let namespace = try #require(Self.artifact(emission, "/manifests/Namespace.lake.yaml"))
        #expect(namespace.contents.contains("pod-security.kubernetes.io/enforce: privileged"), "the node exporter needs host namespaces")
        let prerequisites = try #require(Self.artifact(emission, "sample/prerequisites.md"))
        #expect(prerequisites.kind == .markdown)
        #expect(prerequisites.contents.contains("`vm.max_map_count` of at least 262144"))
        #expect(prerequisites.contents.contains("- `kube-prometheus-stack`: `privileged` (see below)"))
        #expect(prerequisites.contents.contains("- `hasura`: the chart takes only a pod securityContext"))
    }

    @Test func withoutSearchEnginesNoKernelSettingIsNeeded() throws {
        let context = ManifestFixture.context(name: "quiet") {
            $0.components.elasticsearch = nil
            $0.components.opensearch = nil
        }
        let prerequisites = try #require(Self.artifact(Emission(lake: context.lake), "quiet/prerequisites.md"))
        #expect(prerequisites.contents.contains("The lake needs no kernel settings on its nodes."))
        #expect(!prerequisites.contents.contains("max_map_count"))
    }
}
