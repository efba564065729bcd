import Diagnostics
import LakeModel
@testable import Sizing
import TestSupport
import Testing

/// MinIO grows by server pools: recorded pools never change, one pool is added for the gap to the horizon,
/// the newest is decommissioned (with a warning) when the others suffice, and a lake without a record sizes as before.
@Suite struct MinIOPoolGrowthTests {
    static let terabyte = 1_000_000_000_000

    static func holds(_ minio: ResolvedMinIO) -> Bool {
        IntegerMath.percent(minio.usableCapacity.value, minio.fillTargetPercent) >= minio.storedAtHorizon.value
    }

    @Test(arguments: [10, 1_000, 5_000, 50_000])
    func recordedPoolsStayIdenticalThroughTheGrowthSequence(terabytes: Int) throws {
        var sequence = GrowthSequence(spec: SampleLakes.spec(data: terabytes * Self.terabyte, ingest: 50_000_000))
        var before = try #require(sequence.apply().minio).pools
        #expect(before.map(\.name) == ["pool-0"])
        for step in GrowthStep.allCases {
            step.apply(to: &sequence.spec.workload)
            let recorded = sequence.spec.recorded?.minioPools ?? []
            let minio = try #require(sequence.apply().minio)
            #expect(Array(minio.pools.prefix(recorded.count)) == recorded, "\(terabytes) TB, \(step)")
            #expect(minio.pools.count <= recorded.count + 1, "\(terabytes) TB, \(step)")
            #expect(Self.holds(minio), "\(terabytes) TB, \(step): \(minio.usableCapacity) usable for \(minio.storedAtHorizon)")
            #expect(minio.pools.count >= before.count, "\(terabytes) TB, \(step)")
            before = minio.pools
        }
    }

    @Test func aMediumLakeGrownToEightPetabytesAddsPoolOne() throws {
        var sequence = GrowthSequence(spec: SampleLakes.spec(data: 5_000 * Self.terabyte, ingest: 50_000_000))
        let first = try #require(sequence.apply().minio)
        sequence.spec.workload.dataVolume = Bytes(8_000 * Self.terabyte)
        let (lake, diagnostics) = Resolver.resolve(sequence.spec)
        let minio = try #require(lake.minio)
        #expect(minio.pools.map(\.name) == ["pool-0", "pool-1"])
        #expect(minio.pools[0] == sequence.spec.recorded?.minioPools.first && first.pools.count == 1)
        #expect(minio.pools[1].createdSerial == nil && minio.pools[1].servers >= MinIOLayoutRule.minimumNodes)
        #expect(Self.holds(minio))
        #expect(minio.rawCapacity.value == minio.pools.reduce(0) { $0 + $1.raw })
        #expect(minio.servers == minio.pools.reduce(0) { $0 + $1.servers } && minio.pods.count == 2)
        let explained = try #require(lake.provenance["minio.pools"])
        #expect(explained.value == 2 && explained.calculation.contains("add pool-1"), "\(explained.calculation)")
        #expect(!diagnostics.hasErrors)
        #expect(lake.topology(serial: 2).minioPools.map(\.createdSerial) == [1, 2])
    }

    @Test func replanningAnUnchangedLakeKeepsItsPoolAndNumbers() throws {
        let spec = SampleLakes.spec(data: 2_000 * Self.terabyte, ingest: 50_000_000)
        var sequence = GrowthSequence(spec: spec)
        let greenfield = try #require(sequence.apply().minio)
        let brownfield = try #require(Resolver.resolve(sequence.spec).lake.minio)
        #expect(brownfield.pools == sequence.spec.recorded?.minioPools && brownfield.pools.map(\.createdSerial) == [1])
        #expect(brownfield.rawCapacity == greenfield.rawCapacity && brownfield.usableCapacity == greenfield.usableCapacity)
        #expect(brownfield.pods == greenfield.pods && brownfield.parity == greenfield.parity && brownfield.setSize == greenfield.setSize)
    }

    @Test func aGreenfieldLakeGetsPoolZeroLaidOutByTheRules() throws {
        let minio = try #require(Resolver.resolve(SampleLakes.spec(data: 1_000 * Self.terabyte, ingest: 50_000_000)).lake.minio)
        #expect(minio.pools == [MinIOPoolShape(name: "pool-0", servers: minio.nodes, volumesPerServer: minio.drivesPerNode,
                                               driveSize: minio.driveSize, media: "nvme")])
        #expect(minio.rawCapacity.value == minio.pools[0].raw && minio.pods.map(\.name) == ["minio"])
    }

    @Test func shrinkingBelowTheOlderPoolsDecommissionsTheNewestAndWarns() throws {
        var sequence = GrowthSequence(spec: SampleLakes.spec(data: 1_000 * Self.terabyte, ingest: 50_000_000))
        _ = sequence.apply()
        sequence.spec.workload.dataVolume = Bytes(3_000 * Self.terabyte)
        let grown = try #require(sequence.apply().minio)
        #expect(grown.pools.count == 2)
        sequence.spec.workload.dataVolume = Bytes(1_000 * Self.terabyte)
        let (lake, diagnostics) = Resolver.resolve(sequence.spec)
        let minio = try #require(lake.minio)
        #expect(minio.pools == [grown.pools[0]])
        let warning = try #require(diagnostics.items.first { $0.id == "minio.poolDecommission" })
        #expect(warning.message.contains("decommissions pool-1"))
        #expect(minio.nodes == grown.pools[0].servers && Self.holds(minio))
    }

    @Test func shrinkingWithinTheNewestPoolKeepsEveryPool() throws {
        var sequence = GrowthSequence(spec: SampleLakes.spec(data: 1_000 * Self.terabyte, ingest: 50_000_000))
        _ = sequence.apply()
        sequence.spec.workload.dataVolume = Bytes(3_000 * Self.terabyte)
        let grown = try #require(sequence.apply().minio)
        sequence.spec.workload.dataVolume = Bytes(2_900 * Self.terabyte)
        let (lake, diagnostics) = Resolver.resolve(sequence.spec)
        #expect(lake.minio?.pools == sequence.spec.recorded?.minioPools && grown.pools.count == 2)
        #expect(!diagnostics.items.contains { $0.id == "minio.poolDecommission" })
    }

    @Test func addedPoolTakesTheNextUnusedName() throws {
        var spec = SampleLakes.spec(data: 5_000 * Self.terabyte, ingest: 50_000_000)
        spec.recorded = RecordedTopology()
        spec.recorded?.minioPools = [
            MinIOPoolShape(name: "pool-0", servers: 4, volumesPerServer: 4, driveSize: Bytes(3_840_000_000_000), media: "nvme", createdSerial: 1),
            MinIOPoolShape(name: "pool-3", servers: 4, volumesPerServer: 4, driveSize: Bytes(3_840_000_000_000), media: "nvme", createdSerial: 4),
        ]
        let minio = try #require(Resolver.resolve(spec).lake.minio)
        #expect(minio.pools.map(\.name) == ["pool-0", "pool-3", "pool-4"])
        #expect(Self.holds(minio))
    }
}
