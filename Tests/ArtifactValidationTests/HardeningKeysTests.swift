import ArtifactValidation
import Diagnostics
import Testing

/// The known-keys rule below security contexts (Kubernetes field names) and in vendored subcharts
/// (their own `values.yaml`), which the hardening of the chart values relies on.
@Suite struct HardeningKeysTests {
    func problems(_ release: String, chart: String, _ yaml: String) throws -> [Diagnostic] {
        let artifact = Fixtures.values(release, yaml)
        return try Fixtures.validator.get().validate([artifact], charts: [artifact.path: chart]).items
    }

    @Test func aMisspeltSecurityContextFieldIsReported() throws {
        let found = try problems("elasticsearch", chart: "elasticsearch", "securityContext:\n  runAsNonroot: true\n")
        #expect(found.map(\.id) == ["artifact.unknownValuesKey"])
        #expect(found.first?.message == "securityContext.runAsNonroot: unknown key `runAsNonroot`: a Kubernetes security context has no such field")
        #expect(try problems("elasticsearch", chart: "elasticsearch", "securityContext:\n  seccompProfile:\n    type: RuntimeDefault\n").isEmpty)
    }

    @Test func vendoredSubchartKeysAreCheckedOthersStayFree() throws {
        let wrong = try problems("milvus", chart: "milvus", "etcd:\n  auth:\n    rbac:\n      allowNoneAuthentication: false\n      enabel: true\n")
        #expect(wrong.map(\.message) == ["etcd.auth.rbac.enabel: unknown key `enabel`: the milvus chart's values.yaml has no such key"])
        #expect(try problems("milvus", chart: "milvus", "minio:\n  anything: 1\n").isEmpty, "the minio subchart is not vendored")
        #expect(try problems("druid", chart: "druid", "zookeeper:\n  containerSecurityContext:\n    enabled: true\n").isEmpty)
    }
}
