import ArtifactValidation
import Emitters
import LakeModel
import Testing

/// Manifests written by the project's own YAML writer, then broken one field at a time: the
/// in-house half of "both validators reject it" (CI runs check-jsonschema on the same schemas).
@Suite("Manifests written by YAMLWriter")
struct EmittedManifestTests {
    static func nodePool(_ change: (inout [String: YAMLValue]) -> Void = { _ in }) -> Artifact {
        var spec: [String: YAMLValue] = [
            "replicas": 3,
            "roles": ["broker"],
            "resources": Kubernetes.resources(Resources(cpu: Millicores(2_500), memory: Bytes(8 << 30))),
            "storage": ["type": "jbod", "volumes": [["id": 0, "type": "persistent-claim", "size": Kubernetes.quantity(Bytes(100 << 30))]]],
        ]
        change(&spec)
        let object = Kubernetes.object(
            apiVersion: "kafka.strimzi.io/v1", kind: "KafkaNodePool", name: "broker", namespace: "lake",
            labels: Kubernetes.labels(lake: "sample", component: "kafka", extra: ["strimzi.io/cluster": "sample-kafka"]),
            body: ["spec": .map(spec)])
        return Artifact(path: "sample/manifests/KafkaNodePool.broker.yaml", kind: .manifest, contents: YAMLWriter.document(object, header: ["test"]),
                        document: object)
    }

    func messages(_ artifact: Artifact) throws -> [String] {
        try Fixtures.validator.get().validate([artifact]).map(\.message)
    }

    @Test func theWrittenManifestPasses() throws {
        #expect(try messages(Self.nodePool()).isEmpty)
    }

    @Test func oneFieldOfTheWrongTypeFails() throws {
        #expect(try messages(Self.nodePool { $0["replicas"] = "3" }) == ["spec.replicas: expected integer, found string"])
    }

    @Test func oneUnknownKeyFails() throws {
        #expect(try messages(Self.nodePool { $0["replica"] = 3 }) == ["spec.replica: unknown key `replica`"])
    }
}
