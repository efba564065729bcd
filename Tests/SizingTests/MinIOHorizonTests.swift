import Diagnostics
import LakeModel
@testable import Sizing
import TestSupport
import Testing

/// MinIO sized for the planning horizon: runway covers it from 10 TB to 50 PB and 0 to 200% growth,
/// the drive comes from the catalogue, servers follow data and traffic, and pins that fall short warn.
@Suite struct MinIOHorizonTests {
    static let terabyte = 1_000_000_000_000

    static func lake(data: Int, growth: Int = 30, ingest: Int = 10_000_000, horizon: Int = 12, media: DriveMedia = .nvme) -> LakeSpec {
        var spec = SampleLakes.spec(data: data, ingest: ingest)
        spec.workload.yearlyGrowthPercent = growth
        spec.workload.horizonMonths = horizon
        spec.components.minio?.media = media
        return spec
    }

    static func minio(_ spec: LakeSpec) throws -> (ResolvedMinIO, Diagnostics) {
        let (lake, diagnostics) = Resolver.resolve(spec)
        return (try #require(lake.minio), diagnostics)
    }

    @Test(arguments: [10, 100, 1_000, 5_000, 10_000, 50_000])
    func runwayCoversTheHorizonAtEveryGrowth(terabytes: Int) throws {
        for growth in [0, 10, 40, 100, 200] {
            for horizon in [12, 36] {
                let spec = Self.lake(data: terabytes * Self.terabyte, growth: growth, horizon: horizon)
                let (minio, diagnostics) = try Self.minio(spec)
                let at = "\(terabytes) TB at \(growth)%/year over \(horizon) months"
                #expect((minio.runwayMonths ?? .max) >= horizon, "\(at): runway \(minio.runwayMonths ?? -1)")
                #expect(minio.usableCapacity.value / 100 * minio.fillTargetPercent >= minio.storedAtHorizon.value, "\(at)")
                #expect(minio.storedAtHorizon.value >= spec.workload.atHorizon(spec.workload.dataVolume.value), "\(at)")
                #expect(!diagnostics.hasErrors, "\(at): \(diagnostics.errors.map(\.message))")
                #expect(!diagnostics.items.contains { $0.id == "minio.runwayBelowHorizon" }, "\(at)")
                #expect(MinIODriveCatalogueRule.catalogue(.nvme).contains(minio.driveSize.value), "\(at)")
            }
        }
    }

    @Test func tenTerabytesGetSmallDrivesNotAPetabyteOfRaw() throws {
        // 0.1 MB/s lands what a 10 TB lake growing 20% a year can hold; Druid's deep storage stays small beside it.
        let (minio, _) = try Self.minio(Self.lake(data: 10 * Self.terabyte, growth: 20, ingest: 100_000))
        #expect(minio.driveSize.value == 3_840_000_000_000)
        #expect(minio.nodes == 4 && minio.drivesPerNode == 4)
        #expect(minio.rawCapacity.value <= 7 * 10 * Self.terabyte, "\(minio.rawCapacity) raw for 10 TB")
    }

    @Test(arguments: [DriveMedia.nvme, .hdd])
    func moreDataNeverMeansFewerServersOrLessCapacity(media: DriveMedia) throws {
        var previous = (nodes: 0, raw: 0)
        var terabytes = 10
        while terabytes <= 50_000 {
            let (minio, _) = try Self.minio(Self.lake(data: terabytes * Self.terabyte, ingest: 1_000_000, media: media))
            #expect(minio.nodes >= previous.nodes, "\(terabytes) TB on \(media)")
            #expect(minio.rawCapacity.value >= previous.raw, "\(terabytes) TB on \(media)")
            #expect(MinIODriveCatalogueRule.catalogue(media).contains(minio.driveSize.value))
            previous = (minio.nodes, minio.rawCapacity.value)
            terabytes = terabytes * 23 / 20
        }
    }

    @Test(arguments: [10, 1_000, 50_000])
    func fasterGrowthOrALongerHorizonNeverMeansLessCapacity(terabytes: Int) throws {
        var previous = 0
        for (growth, horizon) in [(0, 12), (10, 12), (40, 12), (40, 24), (100, 24), (200, 24), (200, 36)] {
            let (minio, _) = try Self.minio(Self.lake(data: terabytes * Self.terabyte, growth: growth, horizon: horizon))
            #expect(minio.usableCapacity.value >= previous, "\(terabytes) TB at \(growth)%/year over \(horizon) months")
            previous = minio.usableCapacity.value
        }
    }

    @Test func moreIngestNeverMeansFewerServers() throws {
        var previous = 0
        for megabytes in [1, 5, 20, 50, 100, 300, 700, 1_000, 2_000, 3_500, 5_000] {
            let (minio, _) = try Self.minio(Self.lake(data: 100 * Self.terabyte, ingest: megabytes * 1_000_000))
            #expect(minio.nodes >= previous, "\(megabytes) MB/s")
            #expect(minio.nodes * minio.throughputPerServer.value >= minio.throughputDemand.value, "\(megabytes) MB/s")
            previous = minio.nodes
        }
    }

    @Test func aFiveGigabytePerSecondLakeGetsServersForItsTraffic() throws {
        // MinIO alone: Druid's deep storage and Kafka's tiered segments of 5 GB/s would make capacity bind instead.
        var spec = Self.lake(data: 100 * Self.terabyte, ingest: 5_000_000_000)
        (spec.components.druid, spec.components.kafka, spec.components.flink) = (nil, nil, nil)
        let (minio, _) = try Self.minio(spec)
        // 5 GB/s at a 200% peak, grown 30%, is 13 GB/s of writes before batch and scans.
        #expect(minio.throughputDemand.value >= 13_000_000_000)
        #expect(minio.nodes * minio.throughputPerServer.value >= minio.throughputDemand.value)
        #expect(minio.nodes >= 9, "\(minio.nodes) servers for \(minio.throughputDemand)")
        // Traffic, not capacity, sets the servers, so each holds smaller drives.
        #expect(minio.driveSize.value == 3_840_000_000_000)
    }

    @Test func otherStoresAreHeldBesideTheLakesData() throws {
        let spec = Self.lake(data: 1_000 * Self.terabyte, growth: 40)
        let (lake, _) = Resolver.resolve(spec)
        var kafka = try #require(lake.kafka), flink = try #require(lake.flink), druid = try #require(lake.druid)
        kafka.tieredBytes = Bytes(300 * Self.terabyte)
        flink.checkpointBytes = Bytes(5 * Self.terabyte)
        druid.deepStorageBytes = Bytes(200 * Self.terabyte)
        let ledger = Ledger(lake: spec)
        ledger.input("kafka.tieredBytes", kafka.tieredBytes.value, .bytes)
        let minio = MinIOResolver.resolve(try #require(spec.components.minio), kafka: kafka, flink: flink, druid: druid, milvus: nil, ledger)
        let grown = spec.workload.atHorizon(1_000 * Self.terabyte)
        #expect(minio.otherStores.value == 505 * Self.terabyte)
        #expect(minio.storedAtHorizon.value == grown + 505 * Self.terabyte)
        #expect(minio.usableCapacity.value / 100 * minio.fillTargetPercent >= minio.storedAtHorizon.value)
        #expect((minio.runwayMonths ?? .max) >= 12)
        #expect(minio.usableCapacity.value > (try #require(lake.minio)).usableCapacity.value)
        #expect(ledger.provenance["minio.stored.kafkaTiered"]?.value == 300 * Self.terabyte)
        #expect(ledger.provenance["minio.stored.kafkaTiered"]?.inputs == ["kafka.tieredBytes"], "explain follows Kafka's own derivation")
        #expect(ledger.provenance["minio.stored.druidDeepStorage"]?.inputs == [])
    }

    @Test func aPinnedDriveSizeIsKeptAndTheServersMakeUpForIt() throws {
        var spec = Self.lake(data: 1_000 * Self.terabyte, growth: 40)
        spec.pins = [PinSpec(key: .minioDriveSize, value: 7_680_000_000_000)]
        let (minio, diagnostics) = try Self.minio(spec)
        #expect(minio.driveSize.value == 7_680_000_000_000)
        #expect((minio.runwayMonths ?? .max) >= 12)
        #expect(!diagnostics.items.contains { $0.id == "minio.runwayBelowHorizon" })
    }

    @Test func pinsThatCannotReachTheHorizonWarnAndNameThePins() throws {
        var spec = Self.lake(data: 100 * Self.terabyte, growth: 100)
        spec.pins = [PinSpec(key: .minioNodes, value: 4), PinSpec(key: .minioDriveSize, value: 3_840_000_000_000)]
        let (minio, diagnostics) = try Self.minio(spec)
        #expect(!diagnostics.hasErrors, "today's data still fits: \(diagnostics.errors.map(\.message))")
        #expect((minio.runwayMonths ?? .max) < 12)
        let warning = try #require(diagnostics.items.first { $0.id == "minio.runwayBelowHorizon" })
        #expect(warning.message.contains("minio.nodes = 4") && warning.message.contains("minio.driveSize = 3.84 TB"))
        #expect(warning.message.contains("12-month planning horizon"))
    }

    @Test func aPoolAboveTheBoundWarnsAndNamesTheLevers() throws {
        let (minio, diagnostics) = try Self.minio(Self.lake(data: 50_000 * Self.terabyte, growth: 100))
        #expect(minio.nodes > MinIOLayoutRule.maxServersPerPool)
        let warning = try #require(diagnostics.items.first { $0.id == "minio.poolTooLarge" })
        #expect(warning.message.contains("\(minio.nodes) servers"))
        #expect(warning.notes.contains { $0.contains("split the lake") })

        var pinned = Self.lake(data: 30_000 * Self.terabyte, growth: 30)
        pinned.pins = [PinSpec(key: .minioDriveSize, value: 7_680_000_000_000)]
        let (_, pinnedDiagnostics) = try Self.minio(pinned)
        let pinWarning = try #require(pinnedDiagnostics.items.first { $0.id == "minio.poolTooLarge" })
        #expect(pinWarning.notes.contains { $0.contains("minio.driveSize is pinned to 7.68 TB") })
    }

    @Test func aLakeWithinOnePoolDoesNotWarn() throws {
        let (minio, diagnostics) = try Self.minio(Self.lake(data: 50_000 * Self.terabyte, growth: 30))
        #expect(minio.nodes <= MinIOLayoutRule.maxServersPerPool)
        #expect(!diagnostics.items.contains { $0.id.hasPrefix("minio.") })
    }

    @Test func absurdPinsSaturateInsteadOfTrapping() throws {
        var spec = Self.lake(data: 50_000 * Self.terabyte, growth: 200, horizon: 120)
        spec.pins = [PinSpec(key: .minioNodes, value: 100_000), PinSpec(key: .minioDrivesPerNode, value: 10_000),
                     PinSpec(key: .minioDriveSize, value: 1_000 * Self.terabyte)]
        let (minio, _) = try Self.minio(spec)
        #expect(minio.rawCapacity.value == MinIOLayoutRule.saturatedProduct)
        #expect(minio.usableCapacity.value > 0)
    }

    @Test func aSaturatedVolumeAtALowFillTargetDoesNotTrap() throws {
        var spec = Self.lake(data: 50_000 * Self.terabyte, growth: 200, horizon: 120)
        spec.components.minio?.fillTargetPercent = 10
        spec.components.minio?.parity = 2
        let (minio, _) = try Self.minio(spec)
        #expect(minio.storedAtHorizon.value == GrowthCurve.saturated)
        #expect(minio.nodes > MinIOLayoutRule.maxServersPerPool)
    }

    @Test func aLayoutGivenInTheMinIOBlockIsKeptAndTheDriveFitsIt() throws {
        var spec = Self.lake(data: 100 * Self.terabyte, growth: 30)
        spec.components.minio?.nodes = 16
        spec.components.minio?.drivesPerNode = 8
        let (minio, diagnostics) = try Self.minio(spec)
        #expect(minio.nodes == 16 && minio.drivesPerNode == 8)
        // 130 TB at the horizon needs ~217 TB raw: 16 × 8 × 3.84 TB = 492 TB is the smallest catalogue drive that fits.
        #expect(minio.driveSize.value == 3_840_000_000_000)
        #expect(!diagnostics.items.contains { $0.id == "minio.runwayBelowHorizon" })
    }
}
