import ArtifactValidation
@testable import Emitters
import LakeModel
import Sizing
import TestSupport
import Testing

/// Every container the pinned Milvus chart renders by default gets CPU and memory requests and a
/// memory limit from the emitted values, with the lake's Kafka and with the bundled Pulsar.
@Suite struct MilvusContainerTests {
    static let withKafka = EmitContext(lake: SampleLakes.resolved())
    static let withPulsar: EmitContext = {
        var spec = SampleLakes.spec(data: 5_000_000_000_000_000, ingest: 50_000_000, name: "sample")
        spec.components.kafka = nil
        spec.components.debezium = nil
        return EmitContext(lake: Resolver.resolve(spec).lake)
    }()
    /// Rendered only when `cluster.enabled` is false.
    static let standaloneOnly: Set<String> = ["standalone"]

    static func values(_ context: EmitContext) throws -> YAMLValue {
        try #require(ServingValuesFamily.charts(context).first { $0.release.name == "milvus" }).values
    }

    static func expectSized(_ resources: YAMLValue?, _ what: String) {
        #expect(resources?[path: "requests.cpu"] != nil, "\(what) has no CPU request")
        #expect(resources?[path: "requests.memory"] != nil, "\(what) has no memory request")
        #expect(resources?[path: "limits.memory"] != nil, "\(what) has no memory limit")
        #expect(resources?[path: "requests.memory"] == resources?[path: "limits.memory"], "\(what): memory request = limit")
    }

    /// Top-level components of the chart's values.yaml that carry `resources` and are enabled (or have no switch).
    static func renderedComponents(_ emitted: YAMLValue) throws -> [String] {
        let chart = try #require(try SchemaCatalog.loadDefault().chart("milvus"))
        let defaults = try #require(chart.values.object)
        return defaults.keys.sorted().filter { key in
            guard let component = defaults[key]?.object, component["resources"] != nil, !chart.subcharts.contains(key),
                  !standaloneOnly.contains(key) else { return false }
            if case .bool(let enabled)? = emitted[path: "\(key).enabled"] { return enabled }
            if case .bool(let enabled)? = component["enabled"] { return enabled }
            return true
        }
    }

    @Test(arguments: [true, false])
    func everyMilvusComponentIsSized(lakeHasKafka: Bool) throws {
        let values = try Self.values(lakeHasKafka ? Self.withKafka : Self.withPulsar)
        let components = try Self.renderedComponents(values)
        #expect(Set(components) == ["dataNode", "mixCoordinator", "proxy", "queryNode", "streamingNode"])
        for key in components { Self.expectSized(values[path: "\(key).resources"], key) }
        Self.expectSized(values[path: "etcd.resources"], "etcd")
    }

    @Test func theLakesKafkaReplacesPulsar() throws {
        let values = try Self.values(Self.withKafka)
        #expect(Self.withKafka.lake.milvus?.messageQueue == .lakeKafka)
        #expect(values[path: "pulsarv3.enabled"] == false)
        #expect(values[path: "externalKafka.enabled"] == true)
        #expect(values[path: "externalKafka.brokerList"] == "sample-kafka-kafka-bootstrap:9092")
        #expect(values[path: "externalKafka.securityProtocol"] == "PLAINTEXT")
        #expect(Self.withKafka.lake.milvus?.pods.contains { $0.name.hasPrefix("milvus-pulsar") } == false)
    }

    @Test func everyPulsarContainerIsSizedWithoutKafka() throws {
        let milvus = try #require(Self.withPulsar.lake.milvus)
        #expect(milvus.messageQueue == .pulsar)
        let values = try Self.values(Self.withPulsar)
        #expect(values[path: "pulsarv3.enabled"] == true)
        #expect(values[path: "externalKafka"] == nil)
        // Every component the Milvus chart turns on under pulsarv3.components is one the values size.
        let chart = try #require(try SchemaCatalog.loadDefault().chart("milvus"))
        let switches = try #require(chart.values.object?["pulsarv3"]?.object?["components"]?.object)
        let enabled = Set(switches.compactMap { key, value in value == .bool(true) ? key : nil })
        #expect(enabled == Set(MilvusPulsarValues.components.map(\.0)), "chart turns on \(enabled.sorted())")
        for (key, group) in MilvusPulsarValues.components {
            let pods = try #require(milvus.pods.first { $0.name == group })
            Self.expectSized(values[path: "pulsarv3.\(key).resources"], key)
            #expect(values[path: "pulsarv3.\(key).replicaCount"] == .int(pods.replicas))
        }
        for path in ["pulsarv3.pulsar_metadata.resources", "pulsarv3.bookkeeper.metadata.resources", "pulsarv3.initContainer.resources"] {
            Self.expectSized(values[path: path], path)
        }
    }

    @Test func pulsarMemoryHoldsTheChartsHeapAndDirectMemory() throws {
        let milvus = try #require(Self.withPulsar.lake.milvus)
        let bookie = try #require(milvus.pods.first { $0.name == "milvus-pulsar-bookie" })
        // -Xmx4096m -XX:MaxDirectMemorySize=8192m in the chart's pulsarv3.bookkeeper.configData.PULSAR_MEM
        #expect(bookie.resources.memoryLimit.value > (4_096 + 8_192) << 20)
        let zookeeper = try #require(milvus.pods.first { $0.name == "milvus-pulsar-zookeeper" })
        #expect(zookeeper.resources.memoryLimit.value > 2 * (256 << 20), "heap 256m and as much direct memory")
    }
}
