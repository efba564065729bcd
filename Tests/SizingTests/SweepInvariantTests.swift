import Diagnostics
import LakeModel
@testable import Sizing
import TestSupport
import Testing

/// The physical invariants of every family over the issue's sweep: 10 TB–50 PB of data, 1–1M users,
/// 1 day–10 years of retention and 1 MB/s–5 GB/s of ingest, each lake with every component.
@Suite struct SweepInvariantTests {
    static let terabyte = 1_000_000_000_000
    static let volumes = [10, 100, 1_000, 10_000, 50_000].map { $0 * terabyte }
    static let users = [1, 100, 10_000, 1_000_000]
    static let retentionDays = [1, 7, 365, 3_650]
    static let ingests = [1, 100, 5_000].map { $0 * 1_000_000 }

    /// A lake of the sweep; retention applies to every stream.
    static func lake(data: Int, users: Int = 5_000, retentionDays: Int = 7, ingest: Int = 50_000_000) -> LakeSpec {
        var spec = SampleLakes.spec(data: data, ingest: ingest, users: users)
        for index in spec.workload.streams.indices { spec.workload.streams[index].retention = .days(retentionDays) }
        return spec
    }

    /// Every point of the sweep with the other inputs at a middle value, and the corners.
    static var points: [LakeSpec] {
        var specs: [LakeSpec] = []
        for data in volumes {
            for users in Self.users { specs.append(lake(data: data, users: users)) }
            for days in retentionDays { specs.append(lake(data: data, retentionDays: days)) }
            for ingest in ingests { specs.append(lake(data: data, ingest: ingest)) }
        }
        for data in [volumes[0], volumes[volumes.count - 1]] {
            specs.append(lake(data: data, users: 1_000_000, retentionDays: 3_650, ingest: 5_000_000_000))
            specs.append(lake(data: data, users: 1, retentionDays: 1, ingest: 1_000_000))
        }
        return specs
    }

    static func describe(_ spec: LakeSpec) -> String {
        let retention = spec.workload.streams.first.map { "\($0.retention.value / 86_400) d" } ?? "-"
        return "\(spec.workload.dataVolume), \(spec.workload.activeUsers ?? 0) users, \(retention), \(spec.workload.ingestRate.map { "\($0)" } ?? "-")"
    }

    @Test func noInvariantBreaksAnywhereInTheSweep() {
        for spec in Self.points {
            let (_, diagnostics) = Resolver.resolve(spec)
            let errors = diagnostics.errors.map { "\($0.id): \($0.message)" }
            #expect(errors.isEmpty, "\(Self.describe(spec)): \(errors)")
        }
    }

    @Test func everyPodIsSizedWithRequestsWithinLimits() {
        for spec in Self.points {
            let (lake, _) = Resolver.resolve(spec)
            for group in lake.podGroups {
                let resources = group.resources
                let place = "\(Self.describe(spec)): \(group.name)"
                #expect(resources.cpuRequest.value > 0, "\(place) requests no CPU")
                #expect(resources.memoryRequest.value > 0, "\(place) requests no memory")
                #expect(resources.memoryRequest <= resources.memoryLimit, "\(place) requests more memory than its limit")
                if let cpuLimit = resources.cpuLimit { #expect(resources.cpuRequest <= cpuLimit, "\(place) requests more CPU than its limit") }
            }
        }
    }

    @Test func storageHasRunwayToTheHorizonAndKafkaKeepsItsQuorum() throws {
        for spec in Self.points {
            let (lake, diagnostics) = Resolver.resolve(spec)
            let minio = try #require(lake.minio)
            // Only the absurd corner (10 years of 5 GB/s streams, over an exabyte tiered) may fall short, and then it says so.
            if let runway = minio.runwayMonths, !diagnostics.items.contains(where: { $0.id == "kafka.retentionExceedsLake" }) {
                #expect(runway >= spec.workload.horizonMonths, "\(Self.describe(spec)): runway \(runway) months, \(minio.storedAtHorizon) stored at the horizon in \(minio.usableCapacity) usable")
            } else if let runway = minio.runwayMonths, runway < spec.workload.horizonMonths {
                #expect(diagnostics.items.contains { $0.id == "minio.runwayBelowHorizon" }, "\(Self.describe(spec)): a short runway without a warning")
            }
            let kafka = try #require(lake.kafka)
            #expect(kafka.replicationFactor <= kafka.brokers, "\(Self.describe(spec))")
            #expect(kafka.minInsyncReplicas < kafka.replicationFactor, "\(Self.describe(spec))")
        }
    }

    @Test func flinkTaskManagersDoNotGrowWithRetention() throws {
        for data in Self.volumes {
            let counts = try Self.retentionDays.map { days in
                try #require(Resolver.resolve(Self.lake(data: data, retentionDays: days)).lake.flink).jobs.map(\.taskManagers)
            }
            #expect(Set(counts).count == 1, "\(Bytes(data)): task managers \(counts) over \(Self.retentionDays) days of retention")
        }
    }

    @Test func trinoWorkersGrowWithConcurrency() throws {
        var previous = 0
        var counts: [Int] = []
        for concurrent in [1, 10, 50, 200, 1_000, 4_000] {
            var spec = Self.lake(data: 1_000 * Self.terabyte)
            spec.workload.concurrentQueries = concurrent
            let workers = try #require(Resolver.resolve(spec).lake.trino).workers
            #expect(workers >= previous, "\(concurrent) concurrent queries")
            previous = workers
            counts.append(workers)
        }
        #expect(counts.last! > counts.first!, "workers \(counts) do not grow with concurrency")
    }

    @Test func capacityNeverShrinksAsTheWorkloadGrows() throws {
        var previousUsable = 0
        for data in Self.volumes {
            let minio = try #require(Resolver.resolve(Self.lake(data: data)).lake.minio)
            #expect(minio.usableCapacity.value >= previousUsable, "\(Bytes(data))")
            previousUsable = minio.usableCapacity.value
        }
        var previousBrokers = 0
        for ingest in Self.ingests {
            let kafka = try #require(Resolver.resolve(Self.lake(data: 1_000 * Self.terabyte, ingest: ingest)).lake.kafka)
            #expect(kafka.brokers >= previousBrokers, "\(BytesPerSecond(ingest))")
            previousBrokers = kafka.brokers
        }
    }
}
