import ArtifactValidation
@testable import Emitters
import LakeModel
import Sizing
import TestSupport
import Testing

/// The hardening merged into each release's values (`ChartHardening`) sets only keys that exist in
/// the pinned chart's `values.yaml` or a vendored subchart's (Kubernetes fields below security
/// contexts), for the sample lake and its variants with Milvus on Pulsar and Druid without PostgreSQL.
@Suite struct ChartHardeningTests {
    static let validator = Result { try ArtifactValidator.loadDefault() }
    static let contexts: [EmitContext] = [
        EmitContext(lake: SampleLakes.resolved()),
        ManifestFixture.context(name: "pulsar") { $0.components.kafka = nil; $0.components.debezium = nil },
        ManifestFixture.context(name: "nopg") { $0.components.postgres = nil },
    ]

    /// Every release of both values families with its sized values.
    static func releases(_ context: EmitContext) -> [(release: HelmRelease, values: YAMLValue)] {
        PlatformValuesFamily.entries(context).map { ($0.release, $0.values) } + ServingValuesFamily.charts(context).map { ($0.release, $0.values) }
    }

    @Test(arguments: contexts.indices)
    func everyOverlayKeyIsTheChartsOwn(variant: Int) throws {
        let context = Self.contexts[variant]
        var hardened = 0
        let releases = Self.releases(context)
        for (release, values) in releases {
            let overlay = ChartHardening.of(release, values: values, lake: context.name).overlay
            let artifact = Artifact(path: "\(context.name)/\(release.valuesPath)", kind: .helmValues, contents: YAMLWriter.document(overlay, header: []))
            let found = try Self.validator.get().validate([artifact], charts: [artifact.path: ArtifactValidator.chartFolder(forChart: release.chart)]).items
            #expect(found.isEmpty, "\(artifact.path): \(found.map(\.message))")
            if overlay != [:] { hardened += 1 }
        }
        #expect(releases.count > 12)
        #expect(hardened >= releases.count - 2, "all but the MinIO releases, whose contexts sit in their own values")
    }

    @Test func theEmittedValuesCarryTheOverlay() throws {
        let context = Self.contexts[0]
        for (release, values) in Self.releases(context) {
            let overlay = ChartHardening.of(release, values: values, lake: context.name).overlay
            #expect(values.merging(overlay) == values, "\(release.name) is emitted without its hardening")
        }
    }

    @Test func theWeakDefaultsTheIssueNamesAreOverridden() throws {
        let context = Self.contexts[0]
        let values = Dictionary(Self.releases(context).map { ($0.release.name, $0.values) }, uniquingKeysWith: { first, _ in first })
        #expect(values["elasticsearch"]?[path: "sysctlInitContainer.enabled"] == false)
        #expect(values["opensearch"]?[path: "persistence.enableInitChown"] == false)
        #expect(values["opensearch"]?[path: "sysctlInit.enabled"] == false)
        #expect(values["milvus"]?[path: "etcd.auth.rbac.allowNoneAuthentication"] == false)
        #expect(values["milvus"]?[path: "etcd.auth.rbac.existingSecret"] == "sample-milvus-etcd")
        #expect(values["hasura"]?[path: "securityContext.runAsNonRoot"] == true)
        #expect(values["druid"]?[path: "historical.securityContext.runAsNonRoot"] == true)
        let env = values["minio"]?[path: "tenant.env"]
        #expect(env.map { "\($0)".contains("MINIO_PROMETHEUS_AUTH_TYPE") } == false)
        for name in ["trino", "elasticsearch", "opensearch", "milvus"] {
            let container = values[name]?[path: name == "milvus" ? "queryNode.containerSecurityContext" : name == "trino" ? "containerSecurityContext" : "securityContext"]
            #expect(container?[path: "allowPrivilegeEscalation"] == false, "\(name)")
            #expect(container?[path: "capabilities.drop"] == ["ALL"], "\(name)")
            #expect(container?[path: "seccompProfile.type"] == "RuntimeDefault", "\(name)")
        }
    }

    @Test func pulsarIsHardenedOnlyWhenItRuns() throws {
        let withKafka = try #require(Self.releases(Self.contexts[0]).first { $0.release.name == "milvus" })
        let withPulsar = try #require(Self.releases(Self.contexts[1]).first { $0.release.name == "milvus" })
        #expect(withKafka.values[path: "pulsarv3.zookeeper"] == nil)
        #expect(withPulsar.values[path: "pulsarv3.zookeeper.securityContext.runAsNonRoot"] == true)
        #expect(ChartHardening.of(withPulsar.release, values: withPulsar.values, lake: "pulsar").level == .baseline)
        #expect(ChartHardening.of(withKafka.release, values: withKafka.values, lake: "sample").level == .restricted)
    }
}
