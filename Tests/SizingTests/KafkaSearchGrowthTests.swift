import Diagnostics
import LakeModel
@testable import Sizing
import TestSupport
import Testing

/// Kafka and search clusters grow the way they are operated: brokers and data nodes are never fewer, brokers never
/// smaller, partitions never fewer, index templates keep their primaries, and a lower replication factor warns.
@Suite struct KafkaSearchGrowthTests {
    static let terabyte = 1_000_000_000_000

    @Test(arguments: [10, 1_000, 5_000])
    func theGrowthSequenceNeverShrinksARunningCluster(terabytes: Int) throws {
        var sequence = GrowthSequence(spec: SampleLakes.spec(data: terabytes * Self.terabyte, ingest: 50_000_000))
        _ = sequence.apply()
        for step in GrowthStep.allCases {
            step.apply(to: &sequence.spec.workload)
            let recorded = try #require(sequence.spec.recorded)
            let before = try #require(recorded.kafka)
            let lake = sequence.apply()
            let kafka = try #require(lake.kafka)
            let at = "\(terabytes) TB, \(step)"
            #expect(kafka.brokers >= before.brokers, "\(at)")
            #expect(kafka.brokerResources.cpuRequest >= before.brokerCPU && kafka.brokerResources.memoryLimit >= before.brokerMemory, "\(at)")
            #expect(kafka.storagePerBroker >= before.brokerStorage && kafka.replicationFactor == before.replicationFactor, "\(at)")
            for topic in kafka.topics { #expect(topic.partitions >= recorded.topicPartitions[topic.name] ?? 0, "\(at): \(topic.name)") }
            for (name, search) in [("elasticsearch", lake.elasticsearch), ("opensearch", lake.opensearch)] {
                let search = try #require(search)
                #expect(search.dataNodes >= recorded.searchDataNodes[name] ?? 0, "\(at): \(name)")
                #expect(search.diskPerNode.value >= recorded.statefulGroups["\(name)-data"]?.volume?.value ?? 0, "\(at): \(name)")
                #expect(search.primaryShardsPerIndex == recorded.searchPrimaryShards?[name], "\(at): \(name)")
            }
        }
    }

    /// A small lake recorded as running a large Kafka: what the rule would shrink stays.
    static func shrunk() -> LakeSpec {
        var spec = SampleLakes.spec(data: 10 * terabyte, ingest: 1_000_000)
        var recorded = RecordedTopology()
        recorded.kafka = KafkaShape(brokers: 12, replicationFactor: 3, brokerCPU: Millicores(16_000), brokerMemory: Bytes(96 << 30),
                                    brokerStorage: Bytes(4 * terabyte))
        recorded.topicPartitions = ["events": 96]
        recorded.searchDataNodes = ["elasticsearch": 9]
        recorded.searchPrimaryShards = ["elasticsearch": 7]
        recorded.statefulGroups = ["elasticsearch-data": StatefulShape(replicas: 9, volume: Bytes(5 * terabyte))]
        spec.recorded = recorded
        return spec
    }

    @Test func lessLoadKeepsEveryRecordedBrokerAndItsSizeAndSaysSo() throws {
        let (lake, _) = Resolver.resolve(Self.shrunk())
        let kafka = try #require(lake.kafka)
        #expect(kafka.brokers == 12 && kafka.brokerResources.cpuRequest.value == 16_000)
        #expect(kafka.brokerResources.memoryLimit.value == 96 << 30 && kafka.storagePerBroker.value == 4 * Self.terabyte)
        #expect(kafka.topics.first { $0.name == "events" }?.partitions == 96)
        #expect(kafka.brokerHeap.value <= kafka.brokerResources.memoryLimit.value / 2)
        for address in ["kafka.brokers", "kafka.brokerCPU", "kafka.brokerMemory", "kafka.brokerStorage", "kafka.topics.events.partitions"] {
            #expect(lake.provenance[address]?.calculation.contains("never shrinks silently") == true, "\(address)")
        }
        let search = try #require(lake.elasticsearch)
        #expect(search.dataNodes == 9 && search.primaryShardsPerIndex == 7 && search.diskPerNode.value == 5 * Self.terabyte)
        #expect(lake.provenance["elasticsearch.primaryShardsPerIndex"]?.calculation.contains("kept") == true)
    }

    @Test func aPinLowersBrokersBelowTheRecordedPool() throws {
        var spec = Self.shrunk()
        spec.pins = [PinSpec(key: .kafkaBrokers, value: 6)]
        #expect(Resolver.resolve(spec).lake.kafka?.brokers == 6)
    }

    @Test func aLowerReplicationFactorWarns() throws {
        var spec = Self.shrunk()
        spec.components.kafka?.replicationFactor = 2
        let (lake, diagnostics) = Resolver.resolve(spec)
        #expect(lake.kafka?.replicationFactor == 2)
        let warning = try #require(diagnostics.items.first { $0.id == "kafka.replicationFactorDecreased" })
        #expect(warning.message.contains("from 3 to 2"))
        #expect(!Resolver.resolve(Self.shrunk()).diagnostics.items.contains { $0.id == "kafka.replicationFactorDecreased" })
    }

    @Test func aRecordWithoutTemplatesKeepsTheRuleShards() throws {
        var spec = Self.shrunk()
        spec.recorded?.searchPrimaryShards = nil
        let greenfield = try #require(Resolver.resolve(SampleLakes.spec(data: 10 * Self.terabyte, ingest: 1_000_000)).lake.elasticsearch)
        #expect(Resolver.resolve(spec).lake.elasticsearch?.primaryShardsPerIndex == greenfield.primaryShardsPerIndex)
    }
}
