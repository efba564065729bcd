import Costing
import Foundation
import LakeModel
import Testing

/// Priced with seed-2024, the bundled tiers cost the seed's Total Cost Summary within 1%, from unit
/// prices alone: no tier, no lump sum, nothing keyed on a lake's name.
@Suite struct SeedReproductionTests {
    /// technology-stack.md, "Total Cost Summary", in dollars per month.
    static let seedTotals = ["small": 6_200, "medium": 23_500, "large": 42_700]
    static let tiers = ["small", "medium", "large"]

    @Test(arguments: tiers)
    func tierCostsTheSeedTotalWithinOnePercent(tier: String) throws {
        let cost = CostModel.price(try CostingFixtures.tier(tier), with: try CostingFixtures.book("seed-2024"))
        let seed = Cents.dollars(try #require(Self.seedTotals[tier]))
        let refit = try Self.refit()
        #expect(abs(cost.total.value - seed.value) * 100 <= seed.value, "\(tier) costs \(cost.total), the seed says \(seed); \(refit)")
        #expect(cost.pricedTier == nil && cost.lines.allSatisfy { $0.basis == .units && $0.lumpSum == nil })
        #expect(cost.unpriced.isEmpty)
    }

    @Test func largeTierCostsTheSeedsPerTBWithinOnePercent() throws {
        let cost = CostModel.price(try CostingFixtures.tier("large"), with: try CostingFixtures.book("seed-2024"))
        let perTB = try #require(cost.perUnit.perDataTB)
        #expect(abs(perTB.value - 427) * 100 <= 427, "the seed says $4.27 per TB at 10 PB")
        #expect(cost.perUnit.perUsableTB.map { $0 < perTB } == true, "usable capacity exceeds the data stored")
        #expect(cost.perUnit.perRawTB.map { $0 < cost.perUnit.perUsableTB! } == true)
    }

    /// Every line is unit prices × quantities of the resolved lake: data stored, the lake, the
    /// pods' requests; the memory price keeps OpenCost's ratio to the CPU price.
    @Test(arguments: tiers)
    func linesComeFromResolvedQuantities(tier: String) throws {
        let lake = try CostingFixtures.tier(tier)
        let cost = CostModel.price(lake, with: try CostingFixtures.book("seed-2024"))
        let terabytes = lake.spec.workload.dataVolume.value / 1_000_000_000_000
        let storage = try #require(cost.lines.first { $0.name == "Storage" })
        #expect(storage.items.map(\.measure) == [.dataTB] && storage.cost == Cents(terabytes * 40))
        let platform = try #require(cost.lines.first { $0.name == "Platform" })
        #expect(platform.items.map(\.measure) == [.lake, .dataTB] && platform.cost == Cents(365_500 + terabytes * 1_546 / 10))
        let compute = try #require(cost.lines.first { $0.name == "Compute (K8s)" })
        #expect(compute.items.map(\.measure) == [.vcpu, .memoryGiB])
        let openCost = try CostingFixtures.book("opencost-default").lines[0].items
        let (cpu, memory) = (compute.items[0].charge.price.picodollars, compute.items[1].charge.price.picodollars)
        let ratio = openCost[1].charge.price.picodollars * 1_000 / openCost[0].charge.price.picodollars
        #expect(abs(memory * 1_000 / cpu - ratio) <= 1, "GiB price / vCPU price is OpenCost's RAM / CPU")
    }

    @Test func theBookHoldsNoTierAndNoLumpSum() throws {
        let book = try CostingFixtures.book("seed-2024")
        #expect(book.tiers.isEmpty)
        #expect(book.lines.allSatisfy { $0.lumpSums.isEmpty })
    }

    @Test(arguments: tiers)
    func tiersStayWithinTheirGuardrails(tier: String) throws {
        let lake = try CostingFixtures.tier(tier)
        let cost = CostModel.price(lake, with: try CostingFixtures.book("seed-2024"))
        let checks = Guardrails.check(cost, against: lake.spec.cost)
        #expect(checks.count == 2)
        #expect(checks.allSatisfy { !$0.exceeded })
    }

    /// The book's derivation redone on today's requests, for when sizing has moved them: F + p·v +
    /// t·TB = the seed's total less storage for the three tiers, v = vCPU + 0.134 GiB (Cramer's rule).
    static func refit() throws -> String {
        let rows = try tiers.map { tier -> [Double] in
            let cost = CostModel.price(try CostingFixtures.tier(tier), with: try CostingFixtures.book("opencost-default"))
            let items = cost.lines.flatMap(\.items)
            func quantity(_ measure: Measure) -> Double {
                Double(items.filter { $0.measure == measure }.reduce(0) { $0 + $1.quantityMicros }) / 730_000_000
            }
            let terabytes = Double(try CostingFixtures.tier(tier).spec.workload.dataVolume.value) / 1e12
            return [1, quantity(.vcpu) + quantity(.memoryGiB) * 4_237 / 31_611, terabytes]
        }
        let rest: [Double] = [5_800, 21_500, 38_700]
        func determinant(_ m: [[Double]]) -> Double {
            m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
        }
        let whole = determinant(rows)
        let solution = (0..<3).map { column in
            determinant(rows.enumerated().map { index, row in row.enumerated().map { $0.offset == column ? rest[index] : $0.element } }) / whole
        }
        func dollars(_ value: Double, _ decimals: Int32) -> String { String(format: "$%.\(decimals)f", value) }
        return "solve the book's system again on today's requests (pricebooks/seed-2024.yaml header): \(dollars(solution[0], 0)) per lake, "
            + "\(dollars(solution[1], 2)) per vCPU (\(dollars(solution[1] * 4_237 / 31_611, 3)) per GiB), \(dollars(solution[2], 2)) per TB"
    }
}
