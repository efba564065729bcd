import ArtifactValidation
import Diagnostics
import Testing

/// The real Strimzi 1.2.0 schemas (`kafka-v1.json`, `kafkanodepool-v1.json`) from the catalog.
@Suite("Strimzi custom resources against their CRD schemas")
struct StrimziSchemaTests {
    static let kafka = """
        apiVersion: kafka.strimzi.io/v1
        kind: Kafka
        metadata:
          name: events
          namespace: lake
          annotations:
            strimzi.io/node-pools: enabled
        spec:
          kafka:
            version: 4.2.0
            listeners:
              - name: plain
                port: 9092
                type: internal
                tls: false
            config:
              offsets.topic.replication.factor: 3
          entityOperator:
            topicOperator: {}
        """

    static let nodePool = """
        apiVersion: kafka.strimzi.io/v1
        kind: KafkaNodePool
        metadata:
          name: brokers
          labels:
            strimzi.io/cluster: events
        spec:
          replicas: 3
          roles:
            - broker
          resources:
            requests:
              cpu: 2
              memory: 8Gi
          storage:
            type: jbod
            volumes:
              - id: 0
                type: persistent-claim
                size: 100Gi
                deleteClaim: false
        """

    func problems(_ name: String, _ yaml: String) throws -> [Diagnostic] {
        try Fixtures.validator.get().validate([Fixtures.manifest(name, yaml)]).items
    }

    @Test func minimalKafkaAndNodePoolPass() throws {
        #expect(try problems("Kafka.events", Self.kafka).isEmpty)
        #expect(try problems("KafkaNodePool.brokers", Self.nodePool).isEmpty)
    }

    @Test func aStringReplicaCountFails() throws {
        let found = try problems("KafkaNodePool.brokers", Self.nodePool.replacingOccurrences(of: "replicas: 3", with: "replicas: \"3\""))
        #expect(found.map(\.message) == ["spec.replicas: expected integer, found string"])
        #expect(found.first?.id == "artifact.schema")
        #expect(found.first?.source == .file("medium/manifests/KafkaNodePool.brokers.yaml"))
    }

    @Test func anUnknownKeyFailsWithItsPath() throws {
        let yaml = Self.kafka.replacingOccurrences(of: "    version: 4.2.0", with: "    version: 4.2.0\n    replicaz: 3")
        let found = try problems("Kafka.events", yaml)
        #expect(found.map(\.message) == ["spec.kafka.replicaz: unknown key `replicaz`"])
        #expect(found.first?.notes.first?.hasPrefix("keys allowed here: authorization, brokerRackInitImage, config") == true)
    }

    @Test func aMisspeltKeyGetsADidYouMean() throws {
        let found = try problems("KafkaNodePool.brokers", Self.nodePool.replacingOccurrences(of: "  roles:", with: "  rolse:"))
        #expect(found.map(\.message) == ["spec.roles: required key is missing", "spec.rolse: unknown key `rolse`"])
        #expect(found.last?.notes == ["did you mean `roles`?"])
    }

    @Test func aMissingRequiredKeyFailsWithItsPath() throws {
        let yaml = Self.kafka.replacingOccurrences(of: "        tls: false\n", with: "")
        #expect(try problems("Kafka.events", yaml).map(\.message) == ["spec.kafka.listeners[0].tls: required key is missing"])
    }

    @Test func intOrStringQuantitiesAndEnums() throws {
        let wrong = Self.nodePool.replacingOccurrences(of: "cpu: 2", with: "cpu: true").replacingOccurrences(of: "type: jbod", with: "type: jbdo")
        #expect(try problems("KafkaNodePool.brokers", wrong).map(\.message) == [
            "spec.resources.requests.cpu: expected integer or string, found boolean",
            #"spec.storage.type: "jbdo" is not one of "ephemeral", "persistent-claim", "jbod""#,
        ])
    }

    @Test func theGroupAndVersionArePinned() throws {
        let yaml = Self.nodePool.replacingOccurrences(of: "kafka.strimzi.io/v1", with: "kafka.example.com/v1")
        #expect(try problems("KafkaNodePool.brokers", yaml).map(\.message) == [#"apiVersion: expected "kafka.strimzi.io/v1", found "kafka.example.com/v1""#])
    }
}
