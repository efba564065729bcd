@testable import BlueprintLoading
import Diagnostics
import Testing

/// An input that no declared component consumes is a `workload.missingConsumer` warning at the input's line, in the
/// YAML author's words; a lake that declares the consumers gets none. (The Swift twin is in `SwiftBlueprintMistakeTests`.)
@Suite("Workload consumers")
struct WorkloadConsumersTests {
    static let inputs = """
        dataVolume: 1TB
        streams:
          - { name: events, sharePercent: 100, retention: 7d }
        vectors: { count: 1000000, dimensions: 768 }
        logsPerDay: 50GB
        """
    static let debezium = """
        debezium:
          sources:
            - { name: orders-db, database: postgres, host: db, databaseName: shop, tables: [public.orders], credentialsSecret: orders-db }
        """

    /// The `workload.missingConsumer` warnings of `text`, as (line, message).
    static func warnings(_ text: String) -> [(line: Int, message: String)] {
        guard let blueprint = DataFormatLoad.blueprint(text) else { return [] }
        return SpecMapper.map(blueprint).diagnostics.sorted
            .filter { $0.id == "workload.missingConsumer" }
            .map { ($0.source?.line ?? 0, $0.message) }
    }

    @Test("each unconsumed input is warned about at its own line, naming the components that would consume it")
    func missing() {
        let text = DataFormatLoad.lake(workload: Self.inputs, components: Self.debezium)
        let found = Self.warnings(text)
        #expect(found.map(\.line) == [
            DataFormatLoad.position(of: "- { name: events", in: text)?.line,
            DataFormatLoad.position(of: "vectors:", in: text)?.line,
            DataFormatLoad.position(of: "logsPerDay:", in: text)?.line,
            DataFormatLoad.position(of: "debezium:", in: text)?.line,
        ].compactMap { $0 })
        #expect(found.map(\.message) == [
            "workload.streams is declared, but lake 'analytics' has no components.kafka to carry the streams",
            "workload.vectors is declared, but lake 'analytics' has no components.milvus to serve them",
            "workload.logsPerDay is declared, but lake 'analytics' has no components.elasticsearch or components.opensearch to index the logs",
            "components.debezium is declared, but lake 'analytics' has no components.kafka to receive its change events",
        ])
    }

    @Test("any one consumer is enough: OpenSearch alone serves the logs")
    func consumed() {
        let components = Self.debezium + "\nkafka: {}\nmilvus: {}\nopensearch: {}"
        #expect(Self.warnings(DataFormatLoad.lake(workload: Self.inputs, components: components)).isEmpty)
    }
}
