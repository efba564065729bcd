import Costing
import LakeModel
import Testing

/// With resource price books, cost follows the resolved requests: more data or more ingest costs
/// more, and capacity grows the same way.
@Suite struct CostDirectionTests {
    static let petabyte = 1_000_000_000_000_000
    static let megabytePerSecond = 1_000_000

    @Test(arguments: ["opencost-default", "on-prem", "seed-2024"])
    func moreDataCostsMore(book: String) throws {
        let book = try CostingFixtures.book(book)
        let small = CostingFixtures.sample(data: 2 * Self.petabyte, ingest: 20 * Self.megabytePerSecond)
        let large = CostingFixtures.sample(data: 8 * Self.petabyte, ingest: 20 * Self.megabytePerSecond)
        let before = CostModel.price(small, with: book), after = CostModel.price(large, with: book)
        #expect(before.pricedTier == nil && after.pricedTier == nil, "no lump sums outside the book's tiers")
        #expect(after.total > before.total)
        #expect(try line(after, covering: .minio).cost > line(before, covering: .minio).cost)
        let capacityBefore = CapacityModel.measure(small), capacityAfter = CapacityModel.measure(large)
        #expect(capacityAfter.storage!.raw > capacityBefore.storage!.raw)
        #expect(capacityAfter.storage!.drives > capacityBefore.storage!.drives)
    }

    @Test(arguments: ["opencost-default", "on-prem"])
    func moreIngestCostsMore(book: String) throws {
        let book = try CostingFixtures.book(book)
        let calm = CostingFixtures.sample(data: 2 * Self.petabyte, ingest: 20 * Self.megabytePerSecond)
        let busy = CostingFixtures.sample(data: 2 * Self.petabyte, ingest: 200 * Self.megabytePerSecond)
        let before = CostModel.price(calm, with: book), after = CostModel.price(busy, with: book)
        #expect(after.total > before.total)
        #expect(try line(after, covering: .kafka).cost > line(before, covering: .kafka).cost)
        let kafkaBefore = try #require(CapacityModel.measure(calm).kafka), kafkaAfter = try #require(CapacityModel.measure(busy).kafka)
        #expect(kafkaAfter.disk > kafkaBefore.disk && kafkaAfter.stored > kafkaBefore.stored)
        #expect(CapacityModel.measure(busy).totalCPU > CapacityModel.measure(calm).totalCPU)
    }

    /// An OpenCost line is exactly its pods' requests × 730 h × the sheet's prices.
    @Test func openCostPricesRequestsByTheHour() throws {
        let lake = try CostingFixtures.tier("medium")
        let cost = CostModel.price(lake, with: try CostingFixtures.book("opencost-default"))
        let kafkaLine = try line(cost, covering: .kafka)
        // Kafka's pods: brokers, controllers and the Strimzi operator.
        let millicores = lake.podGroups.filter { $0.component == .kafka }.reduce(0) { $0 + $1.resources.cpuRequest.value * $1.replicas }
        // 0.031611 $/vCPU-hour = 31,611,000,000 picodollars; cents = m/1000 × 730 × price / 10^10.
        let cpuCents = (millicores * 730 * 31_611_000_000 / 1_000 + 5_000_000_000) / 10_000_000_000
        #expect(kafkaLine.items.first { $0.measure == .vcpu }?.cost == Cents(cpuCents))
        #expect(kafkaLine.items.first { $0.measure == .vcpu }?.quantityMicros == millicores * 730 * 1_000)
        #expect(kafkaLine.cost == Cents(kafkaLine.items.reduce(0) { $0 + $1.cost.value }))
    }

    /// Batch pods are priced for the time they run: a Spark job's pods for its target duration a day.
    @Test func batchPodsArePricedByRuntime() throws {
        let lake = try CostingFixtures.tier("small")
        let cost = CostModel.price(lake, with: try CostingFixtures.book("opencost-default"))
        let spark = try line(cost, covering: .spark)
        let jobs = try #require(lake.spec.components.spark?.jobs)
        var fullTime = 0, byRuntime = 0, alwaysOn = 0
        for group in lake.podGroups where group.component == .spark {
            let micros = group.resources.cpuRequest.value * group.replicas * 1_000
            // The Spark operator's controller and webhook run all the time.
            guard let job = jobs.first(where: { group.name.hasPrefix("spark-\($0.name)-") }) else {
                alwaysOn += micros
                continue
            }
            fullTime += micros
            byRuntime += (micros * job.targetDuration.value + 43_200) / 86_400
        }
        #expect(alwaysOn > 0)
        #expect(spark.items.first { $0.measure == .vcpu }?.quantityMicros == (byRuntime + alwaysOn) * 730)
        #expect(byRuntime * 6 < fullTime, "jobs of one and two hours a day run well under a quarter of the time")
    }

    func line(_ cost: LakeCost, covering component: ComponentKind) throws -> LineCost {
        try #require(cost.lines.first { $0.components.contains(component) })
    }
}
