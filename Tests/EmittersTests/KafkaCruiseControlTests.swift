import ArtifactValidation
@testable import Emitters
import LakeModel
import Sizing
import Testing

/// A running Kafka cluster that gains brokers enables Cruise Control with auto-rebalance; a new one does not.
@Suite struct KafkaCruiseControlTests {
    typealias F = ManifestFixture

    /// The sample lake as if its last apply had run `brokers` brokers.
    static func context(recordedBrokers brokers: Int, cruiseControl: Bool? = nil) -> EmitContext {
        F.context(name: "grown") { spec in
            var recorded = RecordedTopology()
            recorded.kafka = KafkaShape(brokers: brokers, replicationFactor: 3, brokerCPU: Millicores(1_000), brokerMemory: Bytes(4 << 30),
                                        brokerStorage: Bytes(1 << 30), cruiseControl: cruiseControl)
            spec.recorded = recorded
        }
    }

    @Test func addedBrokersEnableCruiseControlWithAutoRebalanceThatPassesTheStrimziSchema() throws {
        let context = Self.context(recordedBrokers: 3)
        let kafka = try #require(context.lake.kafka)
        #expect(kafka.brokers > 3)
        let cluster = F.object("Kafka", "grown-kafka", in: ManifestFamily.objects(context))
        let modes = cluster?[path: "spec.cruiseControl.autoRebalance"].flatMap { if case .list(let items) = $0 { items } else { nil } }
        #expect(modes?.map { F.string($0, "mode") } == ["add-brokers", "remove-brokers"])
        #expect(F.string(cluster, "spec.cruiseControl.brokerCapacity.inboundNetwork") == "1250000KB/s")
        #expect(F.string(cluster, "spec.cruiseControl.resources.limits.memory") == "2Gi")
        #expect(kafka.pods.contains { $0.name == "kafka-cruise-control" && $0.replicas == 1 })
        #expect(context.lake.topology(serial: 2).kafka?.cruiseControl == true)
        let emission = Emission(lake: context.lake)
        let diagnostics = try ArtifactValidator.loadDefault().validate(
            emission.artifacts, charts: ArtifactValidator.chartFolders(lake: context.lake.name, releases: emission.releases))
        #expect(diagnostics.isEmpty, "\(diagnostics.items.map(\.message))")
    }

    @Test func aNewClusterOrOneThatKeepsItsBrokersHasNoCruiseControl() throws {
        let fresh = F.context(name: "fresh") { _ in }
        #expect(fresh.lake.kafka?.cruiseControl == nil)
        #expect(F.object("Kafka", "fresh-kafka", in: ManifestFamily.objects(fresh))?[path: "spec.cruiseControl"] == nil)
        #expect(fresh.lake.provenance["kafka.cruiseControl"]?.value == 0)
        let brokers = try #require(fresh.lake.kafka?.brokers)
        let same = Self.context(recordedBrokers: brokers)
        #expect(same.lake.kafka?.cruiseControl == nil && same.lake.topology(serial: 2).kafka?.cruiseControl == nil)
    }

    @Test func onceEnabledCruiseControlStaysOn() throws {
        let brokers = try #require(F.context(name: "fresh") { _ in }.lake.kafka?.brokers)
        let context = Self.context(recordedBrokers: brokers, cruiseControl: true)
        #expect(context.lake.kafka?.cruiseControl != nil)
        #expect(context.lake.provenance["kafka.cruiseControl"]?.calculation.contains("stays on") == true)
    }
}
