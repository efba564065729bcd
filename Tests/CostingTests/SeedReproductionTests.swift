import Costing
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

    /// Every line is a unit price × a quantity of the resolved lake: data stored, the lake, its nodes.
    @Test(arguments: tiers)
    func linesComeFromResolvedQuantities(tier: String) throws {
        let lake = try CostingFixtures.tier(tier)
        let cost = CostModel.price(lake, with: try CostingFixtures.book("seed-2024"))
        let items = Dictionary(uniqueKeysWithValues: cost.lines.flatMap(\.items).map { ($0.measure, $0) })
        #expect(items[.dataTB]?.quantityMicros == lake.spec.workload.dataVolume.value / 1_000_000)
        #expect(items[.dataTB]?.cost == Cents(lake.spec.workload.dataVolume.value / 1_000_000_000_000 * 40))
        #expect(items[.lake]?.quantityMicros == 1_000_000)
        #expect(items[.kubernetesNode]?.quantityMicros == lake.nodePools.reduce(0) { $0 + $1.nodes } * 1_000_000)
        #expect(Set(items.keys) == [.dataTB, .lake, .kubernetesNode])
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

    /// The book's derivation redone on today's node counts, for when sizing has moved them: the
    /// line through the smallest and the largest tier's (nodes, total − storage).
    static func refit() throws -> String {
        let nodes = try tiers.map { try CostingFixtures.tier($0).nodePools.reduce(0) { $0 + $1.nodes } }
        let rest = [5_800, 21_500, 38_700]
        let slope = (rest[2] - rest[0]) / max(1, nodes[2] - nodes[0])
        return "the tiers resolve \(nodes.map(String.init).joined(separator: ", ")) nodes; derive the prices again "
            + "(pricebooks/seed-2024.yaml header): about $\(rest[0] - slope * nodes[0]) per lake + $\(slope) per node"
    }
}
