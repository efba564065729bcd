import Diagnostics
import LakeModel
@testable import Sizing
import TestSupport
import Testing

/// Whole-lake properties over wide input ranges: the invariants hold, and more work never
/// resolves to less capacity.
@Suite struct ResolverPropertyTests {
    static func lake(data: Int, ingest: Int) -> LakeSpec { SampleLakes.spec(data: data, ingest: ingest) }

    static let terabyte = 1_000_000_000_000
    static let volumes = [10, 100, 1_000, 5_000, 10_000, 50_000].map { $0 * terabyte }
    static let ingests = [1, 10, 100, 1_000, 4_000].map { $0 * 1_000_000 }

    @Test(arguments: volumes)
    func invariantsHoldAcrossIngestRates(data: Int) {
        for ingest in Self.ingests {
            let (_, diagnostics) = Resolver.resolve(Self.lake(data: data, ingest: ingest))
            #expect(!diagnostics.hasErrors, "\(Bytes(data)) at \(BytesPerSecond(ingest)): \(diagnostics.errors.map(\.message))")
        }
    }

    @Test func moreDataNeverMeansFewerDrives() throws {
        var previous = 0
        for tenths in stride(from: 1, through: 600, by: 7) {
            let (lake, _) = Resolver.resolve(Self.lake(data: tenths * 100 * Self.terabyte, ingest: 10_000_000))
            let minio = try #require(lake.minio)
            let drives = minio.nodes * minio.drivesPerNode
            #expect(drives >= previous, "\(tenths * 100) TB")
            #expect(minio.usableCapacity.value * minio.fillTargetPercent / 100 >= tenths * 100 * Self.terabyte)
            previous = drives
        }
    }

    @Test func moreIngestNeverMeansFewerBrokers() throws {
        var previous = 0
        for megabytes in stride(from: 1, through: 5_000, by: 37) {
            let (lake, _) = Resolver.resolve(Self.lake(data: 1_000 * Self.terabyte, ingest: megabytes * 1_000_000))
            let brokers = try #require(lake.kafka).brokers
            #expect(brokers >= previous, "\(megabytes) MB/s")
            previous = brokers
        }
    }

    @Test func pinnedBrokersWinAndAreMarkedAsPinned() throws {
        var spec = Self.lake(data: 1_000 * Self.terabyte, ingest: 50_000_000)
        spec.pins = [PinSpec(key: .kafkaBrokers, value: 12, reason: "capacity test")]
        let (lake, _) = Resolver.resolve(spec)
        #expect(lake.kafka?.brokers == 12)
        guard case .pinned(let reason, let ruleValue) = try #require(lake.provenance["kafka.brokers"]).origin else {
            Issue.record("kafka.brokers is not marked as pinned")
            return
        }
        #expect(reason == "capacity test")
        #expect(ruleValue != nil)
    }

    @Test func aPinThatCannotHoldTheDataIsAnError() {
        var spec = Self.lake(data: 10_000 * Self.terabyte, ingest: 10_000_000)
        spec.pins = [PinSpec(key: .minioNodes, value: 4)]
        let (_, diagnostics) = Resolver.resolve(spec)
        #expect(diagnostics.errors.map(\.id).contains("invariant.minioCapacity"))
    }

    @Test func resolvingTwiceGivesTheSameLake() {
        let spec = Self.lake(data: 5_000 * Self.terabyte, ingest: 50_000_000)
        #expect(Resolver.resolve(spec).lake == Resolver.resolve(spec).lake)
    }
}
