import Costing
import LakeModel
import Testing

/// Priced with seed-2024, the bundled tiers reproduce the seed's Total Cost Summary line by line.
@Suite struct SeedReproductionTests {
    /// technology-stack.md, "Total Cost Summary", in dollars per month.
    static let seedTable: [String: [(String, Int)]] = [
        "small": [("Storage", 400), ("Compute (K8s)", 3_000), ("Kafka", 600), ("Spark", 500), ("Trino", 1_200), ("Monitoring", 500)],
        "medium": [("Storage", 2_000), ("Compute (K8s)", 8_000), ("Kafka", 2_000), ("Spark", 2_000), ("Flink", 1_500), ("Trino", 4_000),
                   ("Druid", 1_000), ("Elasticsearch", 900), ("Milvus", 600), ("APIs", 500), ("Monitoring", 1_000)],
        "large": [("Storage", 4_000), ("Compute (K8s)", 12_000), ("Kafka", 3_000), ("Spark", 5_000), ("Flink", 3_000), ("Trino", 8_000),
                  ("Druid", 2_000), ("Elasticsearch", 1_500), ("Milvus", 1_200), ("APIs", 1_000), ("Monitoring", 2_000)],
    ]
    static let seedTotals = ["small": 6_200, "medium": 23_500, "large": 42_700]

    @Test(arguments: ["small", "medium", "large"])
    func tierReproducesTheSeedTableLineByLine(tier: String) throws {
        let cost = CostModel.price(try CostingFixtures.tier(tier), with: try CostingFixtures.book("seed-2024"))
        let lines = cost.lines.map { ($0.name, $0.cost) }
        let expected = try #require(Self.seedTable[tier]).map { ($0.0, Cents.dollars($0.1)) }
        #expect(lines.map(\.0) == expected.map(\.0))
        #expect(lines.map(\.1) == expected.map(\.1))
        #expect(cost.total == .dollars(try #require(Self.seedTotals[tier])))
        #expect(cost.pricedTier == tier)
        #expect(cost.unpriced.isEmpty)
    }

    @Test func largeTierCostsTheSeedsPerTBAndPerUser() throws {
        let cost = CostModel.price(try CostingFixtures.tier("large"), with: try CostingFixtures.book("seed-2024"))
        #expect(cost.perUnit.perDataTB == Cents(427))
        #expect(cost.perUnit.perUser == Cents(43))
        #expect(cost.perUnit.perUsableTB.map { $0 < Cents(427) } == true, "usable capacity exceeds the data stored")
        #expect(cost.perUnit.perRawTB.map { $0 < cost.perUnit.perUsableTB! } == true)
    }

    /// Where the seed gives a unit price and our sizing agrees with its quantity, the line is units
    /// × the resolved quantity, not a lump sum.
    @Test func unitLinesComeFromResolvedQuantities() throws {
        let book = try CostingFixtures.book("seed-2024")
        let small = CostModel.price(try CostingFixtures.tier("small"), with: book)
        let kafka = try #require(small.lines.first { $0.name == "Kafka" })
        #expect(kafka.basis == .units)
        #expect(kafka.items.map(\.quantityMicros) == [3_000_000], "the small tier resolves 3 brokers at $200")
        let spark = try #require(small.lines.first { $0.name == "Spark" })
        #expect(spark.basis == .units && spark.items.first?.quantityMicros == 10_000_000, "10 executors at $50")
        for tier in ["small", "medium", "large"] {
            let storage = try #require(CostModel.price(try CostingFixtures.tier(tier), with: book).lines.first)
            #expect(storage.name == "Storage" && storage.basis == .units)
        }
        let medium = CostModel.price(try CostingFixtures.tier("medium"), with: book)
        #expect(medium.lines.first { $0.name == "Milvus" }?.basis == .units)
    }

    /// A lump sum is never a disguised unit figure: each differs from units × resolved quantities
    /// and says why it exists.
    @Test(arguments: ["small", "medium", "large"])
    func lumpSumsAreDocumentedAndNotDerivable(tier: String) throws {
        let cost = CostModel.price(try CostingFixtures.tier(tier), with: try CostingFixtures.book("seed-2024"))
        for line in cost.lines where line.basis == .lumpSum {
            let lump = try #require(line.lumpSum)
            #expect(lump.note.hasPrefix("seed lump sum:"), "\(line.name)")
            #expect(line.unitCost != line.cost, "\(tier) \(line.name): the lump sum equals its unit figure, so it should be units")
        }
    }

    @Test(arguments: ["small", "medium", "large"])
    func tiersStayWithinTheirGuardrails(tier: String) throws {
        let lake = try CostingFixtures.tier(tier)
        let cost = CostModel.price(lake, with: try CostingFixtures.book("seed-2024"))
        let checks = Guardrails.check(cost, against: lake.spec.cost)
        #expect(checks.count == 2)
        #expect(checks.allSatisfy { !$0.exceeded })
    }
}
