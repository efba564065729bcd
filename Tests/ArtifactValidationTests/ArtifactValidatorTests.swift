import ArtifactValidation
import Diagnostics
import Emitters
import LakeModel
import Testing

@Suite("ArtifactValidator over whole artifact sets")
struct ArtifactValidatorTests {
    var validator: ArtifactValidator { get throws { try Fixtures.validator.get() } }

    @Test func coreKindsAndOtherArtifactKindsAreLeftToOtherChecks() throws {
        let artifacts = [
            Fixtures.manifest("Deployment.x", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {bogus: 1}\n"),
            Fixtures.manifest("ConfigMap.x", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n"),
            Artifact(path: "medium/sql/tables.sql", kind: .sql, contents: "not yaml: ["),
        ]
        #expect(try validator.validate(artifacts).isEmpty)
    }

    @Test func aCustomResourceWithoutASchemaIsAnError() throws {
        let found = try validator.validate([Fixtures.manifest("Tenant.x", "apiVersion: minio.min.io/v2\nkind: Tenant\nmetadata: {name: x}\n")]).items
        #expect(found.map(\.id) == ["artifact.noSchema"])
        #expect(found.first?.message.hasPrefix("no schema for custom resource minio.min.io/v2 Tenant (looked for schemas/tenant-v2.json") == true)
    }

    @Test func manifestsNeedApiVersionAndKindAndValidYAML() throws {
        #expect(try validator.validate([Fixtures.manifest("X", "metadata: {name: x}\n")]).map(\.message) == [
            "(root): a manifest needs string `apiVersion` and `kind`",
        ])
        let broken = try validator.validate([Fixtures.manifest("X", "kind: [\n")]).items
        #expect(broken.map(\.id) == ["artifact.yaml"])
        #expect(broken.first?.source == .file("medium/manifests/X.yaml"))
    }

    @Test func documentsOfAMultiDocumentFileAreNumbered() throws {
        let yaml = "apiVersion: v1\nkind: Service\n---\napiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata: {name: t}\nspec: {partitionz: 3}\n"
        let found = try validator.validate([Fixtures.manifest("Topics", yaml)]).items
        #expect(found.map(\.message) == ["document 2: spec.partitionz: unknown key `partitionz`"])
        #expect(found.first?.notes == ["did you mean `partitions`?"])
    }

    @Test func chartFoldersComeFromTheReleases() {
        func release(_ name: String, _ chart: String) -> HelmRelease {
            HelmRelease(name: name, chart: chart, version: "1", repository: ("repo", "https://example.com"), namespace: "lake", phase: .storage)
        }
        let releases = [release("trino", "trino/trino"), release("minio-operator", "minio-operator/operator"), release("minio", "minio-operator/tenant")]
        #expect(ArtifactValidator.chartFolders(lake: "medium", releases: releases) == [
            "medium/helm/trino.values.yaml": "trino",
            "medium/helm/minio-operator.values.yaml": "minio-operator",
            "medium/helm/minio.values.yaml": "minio-tenant",
        ])
    }

    @Test func diagnosticsRenderWithFileKeyPathAndId() throws {
        let found = try validator.validate([Fixtures.values("trino", "server:\n  workerz: 3\n")], charts: ["medium/helm/trino.values.yaml": "trino"])
        #expect(DiagnosticRenderer.text(found) == """
            medium/helm/trino.values.yaml: error: server.workerz: unknown key `workerz`: the trino chart's values.yaml has no such key \
            [artifact.unknownValuesKey]
              note: did you mean `workers`?
            1 error found.
            """)
    }
}
