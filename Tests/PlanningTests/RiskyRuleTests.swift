import LakeModel
import Testing
@testable import Planning

@Suite struct RiskyRuleTests {
    static func risky(_ path: String, _ before: String, _ after: String) -> [String] {
        PlanningFixtures.update(path, before, after).risky.map(\.message)
    }

    @Test func repartitioningAKeyedTopicIsRisky() {
        let messages = Self.risky("m/KafkaTopic.orders-cdc.yaml", PlanningFixtures.topic(partitions: 9, keyed: true),
                                  PlanningFixtures.topic(partitions: 15, keyed: true))
        #expect(messages.count == 1 && messages[0].hasPrefix("keyed topic repartitioned 9 → 15") && messages[0].contains("per-key ordering"))
        #expect(Self.risky("m/KafkaTopic.events.yaml", PlanningFixtures.topic(partitions: 9, keyed: false),
                           PlanningFixtures.topic(partitions: 15, keyed: false)).isEmpty)
    }

    @Test func aKeyedTopicInAMultiDocumentArtifactIsFound() {
        let before = "---\n" + PlanningFixtures.topic(partitions: 3, keyed: true) + "---\n" + PlanningFixtures.topic(partitions: 3, keyed: false)
            .replacingOccurrences(of: "name: orders-cdc", with: "name: events")
        let after = before.replacingOccurrences(of: "partitions: 3", with: "partitions: 6")
        let plan = PlanningFixtures.update("m/topics.yaml", before, after)
        #expect(plan.risky.map(\.keyPath) == ["[KafkaTopic/orders-cdc].spec.partitions"])
    }

    @Test func smallerBrokersAreRisky() {
        let smaller = PlanningFixtures.brokerPool.replacingOccurrences(of: "cpu: 6", with: "cpu: 4")
        let messages = Self.risky("m/KafkaNodePool.broker.yaml", PlanningFixtures.brokerPool, smaller)
        #expect(messages.contains { $0.hasPrefix("per-broker spec.resources.requests.cpu goes down 6 → 4") })
        let bigger = PlanningFixtures.brokerPool.replacingOccurrences(of: "cpu: 6", with: "cpu: 8")
        #expect(!Self.risky("m/KafkaNodePool.broker.yaml", PlanningFixtures.brokerPool, bigger).contains { $0.hasPrefix("per-broker") })
    }

    @Test func aChangeThatRollsEveryBrokerIsRiskyOncePerResource() {
        let config = PlanningFixtures.kafka.replacingOccurrences(of: "min.insync.replicas: 2", with: "min.insync.replicas: 2\n      log.cleaner.threads: 2")
            .replacingOccurrences(of: "replicas: 3\n", with: "replicas: 3\n    version: 4.2.0\n")
        let messages = Self.risky("m/Kafka.events.yaml", PlanningFixtures.kafka, config)
        #expect(messages.count == 1 && messages[0].contains("restarts every broker"))
        let memory = PlanningFixtures.brokerPool.replacingOccurrences(of: "24Gi", with: "32Gi")
        #expect(Self.risky("m/KafkaNodePool.broker.yaml", PlanningFixtures.brokerPool, memory).count == 1)
    }

    @Test func addingBrokersOrControllerChangesDoNotRollBrokers() {
        let more = PlanningFixtures.brokerPool.replacingOccurrences(of: "replicas: 9", with: "replicas: 12")
            .replacingOccurrences(of: "2000Gi", with: "2400Gi")
        #expect(Self.risky("m/KafkaNodePool.broker.yaml", PlanningFixtures.brokerPool, more).isEmpty)
        let controller = PlanningFixtures.brokerPool.replacingOccurrences(of: "[broker]", with: "[controller]")
        #expect(Self.risky("m/KafkaNodePool.controller.yaml", controller, controller.replacingOccurrences(of: "cpu: 6", with: "cpu: 2")).isEmpty)
    }

    @Test func risksAreRenderedInEveryFormat() throws {
        let plan = PlanningFixtures.update("m/KafkaTopic.orders-cdc.yaml", PlanningFixtures.topic(partitions: 9, keyed: true),
                                           PlanningFixtures.topic(partitions: 15, keyed: true))
        let text = PlanTextRenderer.render(plan, color: false)
        #expect(text.hasPrefix("Risky changes") && text.contains("  ? m/KafkaTopic.orders-cdc.yaml: keyed topic repartitioned 9 → 15"))
        #expect(PlanMarkdownRenderer.render(plan).contains("Risky changes: these keep the data but can break its users while they roll out\n\n- `m/KafkaTopic.orders-cdc.yaml`: keyed topic"))
        #expect(try PlanJSONRenderer.render(plan).contains(#""risky" : ["#))
        #expect(plan.destructive.isEmpty)
    }
}
