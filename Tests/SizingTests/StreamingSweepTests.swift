import Diagnostics
import LakeModel
@testable import Sizing
import TestSupport
import Testing

/// Kafka and Flink over the sweep's ranges: monotone in ingest, flat in retention, physically sensible at the extremes.
@Suite struct StreamingSweepTests {
    static let terabyte = 1_000_000_000_000
    static let megabyte = 1_000_000
    static let ingests = [1, 3, 10, 30, 100, 300, 1_000, 2_000, 5_000].map { $0 * megabyte }
    static let retentions = [1, 3, 7, 30, 90, 365, 3_650].map { Seconds.days($0) }

    /// The sample lake with one `events` stream of `retention` read by `consumerGroups` groups.
    static func lake(ingest: Int, retention: Seconds = .days(7), consumerGroups: Int = 3, data: Int = 1_000 * terabyte) -> LakeSpec {
        var spec = SampleLakes.spec(data: data, ingest: ingest)
        spec.workload.streams[0].retention = retention
        spec.workload.streams[0].consumerGroups = consumerGroups
        return spec
    }

    @Test func partitionsBrokersAndTaskManagersNeverShrinkAsIngestGrows() throws {
        var previous = (partitions: 0, brokers: 0, taskManagers: 0)
        for ingest in Self.ingests {
            let (lake, diagnostics) = Resolver.resolve(Self.lake(ingest: ingest))
            let kafka = try #require(lake.kafka), job = try #require(lake.flink?.jobs.first)
            let current = (partitions: kafka.topics[0].partitions, brokers: kafka.brokers, taskManagers: job.taskManagers)
            #expect(current.partitions >= previous.partitions && current.brokers >= previous.brokers
                        && current.taskManagers >= previous.taskManagers, "\(BytesPerSecond(ingest))")
            #expect(kafka.replicationFactor <= kafka.brokers && kafka.minInsyncReplicas < kafka.replicationFactor)
            #expect(!diagnostics.hasErrors, "\(BytesPerSecond(ingest)): \(diagnostics.errors.map(\.message))")
            previous = current
        }
    }

    @Test(arguments: [10, 100, 1_000])
    func retentionNeverDrivesComputeOrPartitions(megabytes: Int) throws {
        let resolved = try Self.retentions.map { retention in
            let (lake, diagnostics) = Resolver.resolve(Self.lake(ingest: megabytes * Self.megabyte, retention: retention))
            #expect(!diagnostics.hasErrors, "\(retention): \(diagnostics.errors.map(\.message))")
            return (kafka: try #require(lake.kafka), flink: try #require(lake.flink))
        }
        #expect(Set(resolved.map { $0.flink.jobs[0].taskManagers }).count == 1)
        #expect(Set(resolved.map { $0.flink.jobs[0].parallelism }).count == 1)
        #expect(Set(resolved.map { $0.kafka.topics[0].partitions }).count == 1)
        let brokers = resolved.map(\.kafka.brokers), tiered = resolved.map(\.kafka.tieredBytes.value)
        #expect(brokers.last == brokers.max() && brokers.last! <= 3 * brokers.first!, "brokers over retention: \(brokers)")
        #expect(zip(tiered, tiered.dropFirst()).allSatisfy { $0 <= $1 }, "tiered bytes over retention: \(tiered)")
        for kafka in resolved.map(\.kafka) {
            #expect(kafka.storagePerBroker.value <= KafkaStorageBoundRule.maxStoragePerBroker + kafka.partitionReplicas * KafkaStorageRule.segmentBytes)
        }
    }

    @Test(arguments: [10 * terabyte, 50_000 * terabyte])
    func theCornersOfTheSweepResolveWithoutKafkaOrFlinkErrors(data: Int) throws {
        for ingest in [1, 5_000].map({ $0 * Self.megabyte }) {
            for retention in [Seconds.days(1), .days(3_650)] {
                for groups in [1, 10_000] {
                    let (lake, diagnostics) = Resolver.resolve(Self.lake(ingest: ingest, retention: retention, consumerGroups: groups, data: data))
                    let kafka = try #require(lake.kafka), job = try #require(lake.flink?.jobs.first)
                    let case_ = "\(Bytes(data)), \(BytesPerSecond(ingest)), \(retention), \(groups) groups"
                    #expect(!diagnostics.errors.contains { $0.id.hasPrefix("invariant.kafka") || $0.id.hasPrefix("invariant.flink") }, "\(case_)")
                    #expect(kafka.brokerHeap < kafka.brokerResources.memoryLimit && job.taskManagerMemory.heap < job.taskManagerMemory.process)
                    #expect(kafka.brokerResources.cpuRequest.value <= KafkaCPURule.maxPerBroker * 1_000, "\(case_)")
                    #expect(kafka.brokers <= KafkaResolver.brokerSanityBound || diagnostics.items.contains { $0.id == "kafka.brokersAboveBound" }, "\(case_)")
                }
            }
        }
    }

    @Test func tenYearsOfRetentionAreTieredToMinIO() throws {
        let (lake, _) = Resolver.resolve(Self.lake(ingest: 42 * Self.megabyte, retention: .days(3_650)))
        let kafka = try #require(lake.kafka)
        let topic = kafka.topics[0]
        #expect(topic.tiered && topic.localRetention == .days(1))
        let average = lake.spec.workload.atHorizon(42 * Self.megabyte)
        #expect(kafka.tieredBytes.value == average * 3_650 * 86_400)
        let taskManagers = try #require(lake.flink).jobs[0].taskManagers
        #expect(kafka.brokers < 30 && topic.partitions < 100 && taskManagers < 30)
    }

    @Test func withoutMinIONothingIsTiered() throws {
        var spec = Self.lake(ingest: 42 * Self.megabyte, retention: .days(30))
        spec.components.minio = nil
        let kafka = try #require(Resolver.resolve(spec).lake.kafka)
        #expect(!kafka.tiered && kafka.tieredBytes == 0)
    }

    @Test(arguments: [1, 25])
    func tenThousandConsumerGroupsAreServedByTheNICAndFlagged(megabytes: Int) throws {
        let (lake, diagnostics) = Resolver.resolve(Self.lake(ingest: megabytes * Self.megabyte, consumerGroups: 10_000))
        let kafka = try #require(lake.kafka)
        let peak = IntegerMath.percent(lake.spec.workload.atHorizon(megabytes * Self.megabyte), 200)
        // Every group reads every byte: egress per broker stays within 70% of a 10 GbE NIC, and the count is what the NIC or
        // Google's read cost (a quarter of a write per byte) needs, not millions.
        let egressPerBroker = IntegerMath.ceilDiv(peak * (10_000 + 2), kafka.brokers)
        #expect(egressPerBroker <= IntegerMath.percent(KafkaThroughputRule.nicThroughput, 70))
        let cpu = KafkaCPURule.brokers(total: KafkaCPURule.clusterCPU(peak: peak, replicationFactor: 3, consumerGroups: 10_000))
        let nic = KafkaThroughputRule.networkBound(peak: peak, replicationFactor: 3, consumerGroups: 10_000)
        #expect(kafka.brokers == IntegerMath.roundUp(max(cpu, nic), toMultipleOf: 3))
        let id = kafka.brokers > KafkaResolver.brokerSanityBound ? "kafka.brokersAboveBound" : "kafka.consumerFanOut"
        let warning = try #require(diagnostics.items.first { $0.id == id })
        #expect(warning.message.contains("consumer group") && warning.notes.contains { $0.contains("merge consumer groups") })
    }

    @Test func aHundredGigabytesPerSecondIsWarnedWithItsCause() throws {
        let (lake, diagnostics) = Resolver.resolve(Self.lake(ingest: 100_000 * Self.megabyte))
        let warning = try #require(diagnostics.items.first { $0.id == "kafka.brokersAboveBound" })
        #expect(try #require(lake.kafka).brokers > KafkaResolver.brokerSanityBound)
        #expect(warning.message.contains("write throughput") || warning.message.contains("CPU"))
    }

    @Test func aStreamHistoryLargerThanTheLakeIsWarned() {
        let id = "kafka.retentionExceedsLake"
        #expect(!Resolver.resolve(Self.lake(ingest: 100 * Self.megabyte, retention: .days(30))).diagnostics.items.map(\.id).contains(id))
        let tenYears = Self.lake(ingest: 1_000 * Self.megabyte, retention: .days(3_650), data: 10 * Self.terabyte)
        #expect(Resolver.resolve(tenYears).diagnostics.items.map(\.id).contains(id))
    }

    @Test func minInsyncEqualToReplicationIsWarned() {
        var spec = Self.lake(ingest: 10 * Self.megabyte)
        #expect(!Resolver.resolve(spec).diagnostics.items.map(\.id).contains("kafka.minInsyncEqualsReplication"))
        spec.components.kafka?.minInsyncReplicas = 3
        #expect(Resolver.resolve(spec).diagnostics.items.map(\.id).contains("kafka.minInsyncEqualsReplication"))
    }

    @Test func pinnedBrokersAboveTheDiskBoundAreWarned() {
        var spec = Self.lake(ingest: 500 * Self.megabyte)
        #expect(!Resolver.resolve(spec).diagnostics.items.map(\.id).contains("kafka.pinnedBrokersOverDisk"))
        spec.pins = [PinSpec(key: .kafkaBrokers, value: 3, reason: "three racks")]
        #expect(Resolver.resolve(spec).diagnostics.items.map(\.id).contains("kafka.pinnedBrokersOverDisk"))
    }

    @Test func partitionsFollowTheWidestFlinkReader() throws {
        var spec = Self.lake(ingest: 5 * Self.megabyte)
        spec.components.flink?.jobs[0].parallelism = 48
        let lake = Resolver.resolve(spec).lake
        #expect(try #require(lake.kafka).topics[0].partitions == 48)
        #expect(try #require(lake.flink).jobs[0].parallelism == 48)
    }

    @Test func pinnedPartitionsBoundFlinkAndAreFlagged() throws {
        var spec = Self.lake(ingest: 1_000 * Self.megabyte)
        spec.pins = [PinSpec(key: .kafkaPartitions, value: 12)]
        let (lake, diagnostics) = Resolver.resolve(spec)
        #expect(try #require(lake.flink).jobs[0].parallelism == 12)
        #expect(diagnostics.items.map(\.id).contains("flink.partitionsLimitParallelism"))
    }

    @Test func aFlinkJobPastTheSanityBoundIsWarned() throws {
        let (lake, diagnostics) = Resolver.resolve(Self.lake(ingest: 50_000 * Self.megabyte))
        #expect(try #require(lake.flink).jobs[0].taskManagers > FlinkResolver.taskManagerSanityBound)
        #expect(diagnostics.items.map(\.id).contains("flink.taskManagersAboveBound"))
        #expect(!Resolver.resolve(Self.lake(ingest: 5_000 * Self.megabyte)).diagnostics.items.map(\.id).contains("flink.taskManagersAboveBound"))
    }

    @Test func checkpointBytesAreTheStateTwice() throws {
        let (lake, _) = Resolver.resolve(Self.lake(ingest: 100 * Self.megabyte))
        let flink = try #require(lake.flink)
        let state = try #require(lake.provenance["flink.jobs.enrich.state"]).value
        #expect(state == lake.spec.workload.atHorizon(100 * Self.megabyte) * 3_600)
        #expect(flink.checkpointBytes.value == 2 * state)
    }
}
