@testable import Costing
import LakeModel
import Sizing
import TestSupport
import Testing

/// The capacity report shows what MinIO holds at the planning horizon and whether its runway reaches it.
@Suite struct CapacityHorizonTests {
    @Test(arguments: ["small", "medium", "large"])
    func bundledTiersHaveRunwayToTheHorizon(tier: String) throws {
        let storage = try #require(CapacityModel.measure(try CostingFixtures.tier(tier)).storage)
        #expect(storage.horizonMonths == WorkloadSpec.defaultHorizonMonths)
        #expect(storage.runwayCoversHorizon, "\(tier): \(storage.runwayMonths ?? -1) months")
        #expect(storage.storedAtHorizon > storage.data, "\(tier) declares growth")
        #expect(storage.fillAtHorizonBasisPoints <= storage.fillTargetPercent * 100)
        #expect(storage.throughputCapacity >= storage.throughputDemand)
    }

    @Test func theTextListsTheHorizonAndTheRunwayAgainstIt() throws {
        let text = CapacityText.render(CapacityModel.measure(try CostingFixtures.tier("medium"))).joined(separator: "\n")
        #expect(text.contains(" Horizon: sized for "))
        #expect(text.contains("covering the 12-month horizon"))
        #expect(text.contains("peak traffic "))
    }

    @Test func aPoolPinnedShortOfTheHorizonSaysSo() throws {
        var spec = SampleLakes.spec(data: 100_000_000_000_000, ingest: 10_000_000)
        spec.workload.yearlyGrowthPercent = 100
        spec.pins = [PinSpec(key: .minioNodes, value: 4), PinSpec(key: .minioDriveSize, value: 3_840_000_000_000)]
        let capacity = CapacityModel.measure(Resolver.resolve(spec).lake)
        #expect(!(try #require(capacity.storage)).runwayCoversHorizon)
        let text = CapacityText.render(capacity).joined(separator: "\n")
        #expect(text.contains("short of the 12-month horizon (see warning minio.runwayBelowHorizon)"))
    }
}
