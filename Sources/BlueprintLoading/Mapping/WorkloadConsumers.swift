import Diagnostics
import LakeformWire

/// Warns, at the input's line, when the lake declares an input that no declared component consumes: vectors without
/// Milvus, logs without Elasticsearch or OpenSearch, streams or Debezium without Kafka. Such an input sizes nothing,
/// so the lake would silently lack the component the author meant to have. (`workload.missingVectors` is the
/// converse: Milvus without vectors.)
enum WorkloadConsumers {
    /// A component, as the Swift DSL and the wire format name it.
    struct Component: Sendable {
        let swift: String
        let key: String
        let isDeclared: @Sendable (Wire.Components) -> Bool
    }

    /// One kind of input, the components that consume it (any one suffices), and what they do with it.
    struct Need: Sendable {
        let swift: String
        let key: String
        /// The wire path of the input in its lake, when the lake declares it.
        let declared: @Sendable (Wire.Lake) -> String?
        let consumers: [Component]
        let purpose: String
        /// Why the input is of no use alone.
        var alone = "on its own it sizes nothing"
    }

    static let kafka = Component(swift: "Kafka", key: "components.kafka") { $0.kafka != nil }

    static let needs = [
        Need(swift: "Vectors", key: "workload.vectors", declared: { $0.workload.vectors.map { _ in "workload.vectors" } },
             consumers: [Component(swift: "Milvus", key: "components.milvus") { $0.milvus != nil }], purpose: "serve them"),
        Need(swift: "LogsPerDay", key: "workload.logsPerDay", declared: { $0.workload.logsPerDay.map { _ in "workload.logsPerDay" } },
             consumers: [Component(swift: "Elasticsearch", key: "components.elasticsearch") { $0.elasticsearch != nil },
                         Component(swift: "OpenSearch", key: "components.opensearch") { $0.opensearch != nil }],
             purpose: "index the logs"),
        Need(swift: "EventStream", key: "workload.streams", declared: { $0.workload.streams?.isEmpty == false ? "workload.streams[0]" : nil },
             consumers: [kafka], purpose: "carry the streams"),
        Need(swift: "Debezium", key: "components.debezium", declared: { $0.components.debezium.map { _ in "components.debezium" } },
             consumers: [kafka], purpose: "receive its change events",
             alone: "Debezium runs on Kafka Connect, which needs the lake's Kafka cluster"),
    ]

    /// Adds a `workload.missingConsumer` warning to `context` for each input of `lake` that nothing consumes.
    static func check(_ lake: Wire.Lake, _ context: MappingContext) {
        let swift = context.blueprint.path.hasSuffix(".swift")
        for need in needs {
            guard let path = need.declared(lake), !need.consumers.contains(where: { $0.isDeclared(lake.components) }) else { continue }
            let input = swift ? need.swift : need.key
            let consumers = need.consumers.map { swift ? $0.swift : $0.key }.joined(separator: " or ")
            context.warning(
                "workload.missingConsumer", "\(input) is declared, but lake '\(lake.name)' has no \(consumers) to \(need.purpose)",
                at: path, address: need.key.replacingOccurrences(of: "components.", with: ""),
                notes: ["add \(consumers) to the lake, or remove \(input): \(need.alone)"])
        }
    }
}
