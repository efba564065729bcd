import LakeModel
import Testing
@testable import Sizing

/// GIVEN streams with their own rates and Flink jobs reading several of them, WHEN Kafka and Flink are sized, THEN each
/// topic follows its own stream's rate, a join follows the sum of its sources, and explain names where each rate came from.
@Suite("Per-stream rates and multi-source Flink jobs")
struct StreamRateSizingTests {
    /// A flat lake (no growth, no peak) whose ingest is the sum of `streams`' own rates, with Kafka and `jobs`.
    static func lake(_ streams: [StreamSpec], ingest: Int? = nil, jobs: [FlinkJobSpec] = []) -> LakeSpec {
        var workload = WorkloadSpec(dataVolume: .terabytes(100))
        workload.streams = streams
        workload.ingestRate = BytesPerSecond(ingest ?? streams.reduce(0) { $0 + $1.rate.average(ingest: nil) })
        var components = ComponentsSpec()
        components.kafka = KafkaSpec()
        components.flink = jobs.isEmpty ? nil : FlinkSpec(jobs: jobs)
        return LakeSpec(name: "shop", tier: "t", namespace: "shop", blueprintPath: "shop.yaml", workload: workload, components: components)
    }

    static let orders = StreamSpec(name: "orders", rate: .events(perSecond: 2_000, size: Bytes(1_000)), retention: .days(7))
    static let clicks = StreamSpec(name: "clicks", rate: .bytes(BytesPerSecond(40_000_000)), retention: .days(3))
    static let fraud = FlinkJobSpec(name: "fraud", sources: ["orders", "clicks"], jarURI: "local:///fraud.jar")

    static func kafka(_ spec: LakeSpec) -> (kafka: ResolvedKafka, ledger: Ledger) {
        let ledger = Ledger(lake: spec)
        return (KafkaResolver.resolve(spec.components.kafka ?? KafkaSpec(), ledger), ledger)
    }

    @Test func eachTopicIsSizedFromItsOwnStreamsRate() throws {
        let (kafka, ledger) = Self.kafka(Self.lake([Self.orders, Self.clicks]))
        #expect(kafka.topics.map(\.name) == ["orders", "clicks"])
        #expect(kafka.topics.map(\.ingress) == [BytesPerSecond(2_000_000), BytesPerSecond(40_000_000)])
        #expect(kafka.topics.map(\.partitions) == [1, 4], "⌈2 MB/s / 10 MB/s⌉ and ⌈40 MB/s / 10 MB/s⌉")
        let clicks = try #require(ledger.provenance["kafka.topics.clicks.partitions"])
        #expect(clicks.calculation.hasPrefix("40 MB/s stated → peak 40 MB/s at the horizon: "))
        #expect(clicks.inputs.contains("workload.streams.clicks.rate"))
        #expect(ledger.provenance["kafka.topics.orders.partitions"]?.calculation.hasPrefix("2,000 events/s × 1 kB → ") == true)
        #expect(ledger.provenance["workload.streams.orders.rate"]?.value == 2_000_000)
    }

    @Test func anOwnRateSizesLikeTheSameShareOfTheIngest() {
        let shared = Self.kafka(Self.lake([StreamSpec(name: "clicks", sharePercent: 40, retention: .days(3)),
                                           StreamSpec(name: "rest", sharePercent: 60, retention: .days(3))], ingest: 100_000_000)).kafka
        let own = Self.kafka(Self.lake([StreamSpec(name: "clicks", rate: .bytes(BytesPerSecond(40_000_000)), retention: .days(3)),
                                        StreamSpec(name: "rest", sharePercent: 60, retention: .days(3))], ingest: 100_000_000)).kafka
        #expect(own.topics == shared.topics)
        #expect(own.brokers == shared.brokers && own.storagePerBroker == shared.storagePerBroker)
    }

    @Test func consumerGroupsAreWeightedByEachStreamsOwnRate() {
        var heavy = Self.clicks
        heavy.consumerGroups = 4
        let ledger = Ledger(lake: Self.lake([Self.orders, heavy]))
        let streams = KafkaResolver.streams(ledger.lake.workload)
        #expect(KafkaResolver.consumerWeights(streams, ledger.lake.workload) == [2_000_000, 40_000_000])
    }

    @Test func keyedStreamsGiveKeyedTopics() {
        var orders = Self.orders
        orders.keyed = true
        #expect(Self.kafka(Self.lake([orders, Self.clicks])).kafka.topics.map(\.keyed) == [true, false])
    }

    @Test func aJoinIsSizedFromTheSumOfItsSources() throws {
        let spec = Self.lake([Self.orders, Self.clicks], jobs: [Self.fraud])
        let (kafka, ledger) = Self.kafka(spec)
        #expect(kafka.topics.map(\.partitions) == [7, 7], "both sources are partitioned for the join's ⌈151.2 GB of state / 25 GB⌉ = 7 slots")
        let job = FlinkResolver.resolve(Self.fraud, version: "1.20", kafka: kafka, ledger)
        #expect(job.state == FlinkStateRule.state(average: 42_000_000))
        #expect(job.job.parallelism == 7)
        let state = try #require(ledger.provenance["flink.jobs.fraud.state"])
        #expect(state.calculation == "42 MB/s of orders (2,000 events/s × 1 kB) + clicks (40 MB/s stated) at the horizon × 1 h = 151.2 GB")
        #expect(state.inputs.contains("workload.streams.orders.rate") && state.inputs.contains("workload.streams.clicks.rate"))
        let single = FlinkResolver.resolve(FlinkJobSpec(name: "sessionize", source: "clicks", jarURI: "local:///s.jar"), version: "1.20",
                                           kafka: kafka, Ledger(lake: spec))
        #expect(single.state == FlinkStateRule.state(average: 40_000_000) && single.job.parallelism == 6, "⌈144 GB / 25 GB⌉")
    }

    @Test func aJoinIsBoundedByItsWidestSourceTopic() {
        var orders = Self.orders
        orders.partitions = 2
        var clicks = Self.clicks
        clicks.partitions = 3
        let spec = Self.lake([orders, clicks], jobs: [Self.fraud])
        let (kafka, ledger) = Self.kafka(spec)
        let job = FlinkResolver.resolve(Self.fraud, version: "1.20", kafka: kafka, ledger)
        #expect(job.job.parallelism == 3, "min(7 needed, 3 partitions of clicks)")
        #expect(ledger.diagnostics.items.contains { $0.id == "flink.partitionsLimitParallelism" && $0.message.contains("but clicks has 3 partitions") })
    }
}
