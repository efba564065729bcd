import Costing
import LakeModel
import Sizing
import TestSupport
import Testing

/// Every bundled book prices a lake by what it is, not by what it is called: renaming changes
/// nothing, a lake near a tier costs near the tier, cost never falls as the workload grows, and a
/// lake with nodes always pays for compute.
@Suite struct CostSweepTests {
    static let terabyte = 1_000_000_000_000
    static let megabytePerSecond = 1_000_000
    static let petabyte = 1_000 * terabyte

    /// Each sweep: a name and the lakes along it, smallest workload first.
    static let sweeps: [(name: String, lakes: [ResolvedLake])] = [
        ("data volume", [10 * terabyte, 100 * terabyte, petabyte, 5 * petabyte, 10 * petabyte, 50 * petabyte]
            .map { resolve(SampleLakes.spec(data: $0, ingest: 50 * megabytePerSecond)) }),
        ("users", [1, 100, 10_000, 100_000, 1_000_000]
            .map { resolve(SampleLakes.spec(data: petabyte, ingest: 50 * megabytePerSecond, users: $0)) }),
        ("ingest", [1, 10, 100, 1_000, 5_000]
            .map { resolve(SampleLakes.spec(data: petabyte, ingest: $0 * megabytePerSecond)) }),
        ("retention", [1, 7, 30, 365, 3_650].map { days in
            var spec = SampleLakes.spec(data: petabyte, ingest: 50 * megabytePerSecond)
            spec.workload.streams[0].retention = .days(days)
            return resolve(spec)
        }),
    ]

    static func resolve(_ spec: LakeSpec) -> ResolvedLake { Resolver.resolve(spec).lake }

    @Test(arguments: BundledPriceBooks.names)
    func costNeverFallsAsTheWorkloadGrows(book: String) throws {
        let book = try CostingFixtures.book(book)
        for sweep in Self.sweeps {
            let costs = sweep.lakes.map { CostModel.price($0, with: book) }
            for (smaller, larger) in zip(costs, costs.dropFirst()) {
                #expect(larger.total >= smaller.total, "\(book.name), \(sweep.name): \(costs.map(\.total))")
                #expect(larger.months.last!.total >= smaller.months.last!.total, "\(book.name), \(sweep.name) at the horizon")
            }
        }
    }

    @Test(arguments: BundledPriceBooks.names)
    func aLakeWithNodesPaysForCompute(book: String) throws {
        let book = try CostingFixtures.book(book)
        var storageOnly = SampleLakes.spec(data: 10 * Self.terabyte, ingest: Self.megabytePerSecond)
        storageOnly.components = ComponentsSpec()
        storageOnly.components.minio = MinIOSpec()
        let storageLake = Self.resolve(storageOnly)
        #expect(storageLake.nodePools.contains { $0.nodes > 0 }, "a MinIO-only lake runs on storage nodes")
        let lakes = Self.sweeps.flatMap(\.lakes) + (try ["small", "medium", "large"].map(CostingFixtures.tier)) + [storageLake]
        for lake in lakes where lake.nodePools.contains(where: { $0.nodes > 0 }) {
            let compute = CostModel.price(lake, with: book).lines.flatMap(\.items)
                .filter { [.vcpu, .memoryGiB, .kubernetesNode].contains($0.measure) }
            #expect(compute.reduce(0) { $0 + $1.cost.value } > 0, "\(book.name): \(lake.spec.workload.dataVolume) lake pays nothing for its nodes")
        }
    }

    @Test(arguments: BundledPriceBooks.names)
    func renamingALakeDoesNotChangeItsCost(book: String) throws {
        let book = try CostingFixtures.book(book)
        for tier in ["small", "medium", "large"] {
            var spec = try CostingFixtures.tier(tier).spec
            let original = CostModel.price(Self.resolve(spec), with: book)
            spec.name = "renamed-\(tier)"
            let renamed = CostModel.price(Self.resolve(spec), with: book)
            #expect(renamed.total == original.total, "\(book.name): \(tier) renamed")
            #expect(renamed.lines.map(\.cost) == original.lines.map(\.cost))
            #expect(renamed.months.map(\.total) == original.months.map(\.total))
        }
    }

    /// 1% more or less data, users or events than a tier: the cost stays within 2% of the tier's.
    @Test(arguments: ["small", "medium", "large"])
    func aLakeOnePercentOffATierCostsWithinTwoPercentOfIt(tier: String) throws {
        let book = try CostingFixtures.book("seed-2024")
        let lake = try CostingFixtures.tier(tier)
        let total = CostModel.price(lake, with: book).total.value
        let changes: [(String, (inout WorkloadSpec, Int) -> Void)] = [
            ("data", { workload, percent in workload.dataVolume = Bytes(workload.dataVolume.value / 100 * percent) }),
            ("users", { workload, percent in workload.activeUsers = workload.activeUsers.map { max(1, $0 * percent / 100) } }),
            ("events", { workload, percent in workload.eventsPerSecond = workload.eventsPerSecond.map { max(1, $0 * percent / 100) } }),
        ]
        for (input, change) in changes {
            for percent in [99, 101] {
                var spec = lake.spec
                change(&spec.workload, percent)
                let nearby = CostModel.price(Self.resolve(spec), with: book).total.value
                #expect(abs(nearby - total) * 50 <= total, "\(tier) at \(percent)% of its \(input) costs \(Cents(nearby)), the tier \(Cents(total))")
            }
        }
    }

    /// Month 0 is today's data and the total; the horizon month holds the data grown by then.
    @Test(arguments: BundledPriceBooks.names)
    func monthsAreTodayAndTheHorizon(book: String) throws {
        let lake = try CostingFixtures.tier("medium")
        let cost = CostModel.price(lake, with: try CostingFixtures.book(book))
        let workload = lake.spec.workload
        #expect(cost.months.map(\.month) == [0, workload.horizonMonths])
        #expect(cost.months.map(\.data) == [workload.dataVolume, Bytes(workload.atHorizon(workload.dataVolume.value))])
        #expect(cost.months[0].total == cost.total && cost.months[0].perDataTB == cost.perUnit.perDataTB)
        #expect(cost.months[1].total >= cost.total)
        #expect(cost.months[1].perDataTB! < cost.months[0].perDataTB!, "the same lake holds more data at the horizon")
    }
}
