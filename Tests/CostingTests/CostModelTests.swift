import Costing
import LakeModel
import Testing

/// The cost model's rules, with a small book: charges, lump-sum matching, lake-wide lines, coverage.
@Suite struct CostModelTests {
    static let text = """
        format_version: 1
        name: rules
        title: Rules under test
        tiers:
          small: {data_tb: 1000}
        lines:
          - name: Storage
            covers: [minio]
            items:
              - {name: Drives, per: raw-tb, capex: 21, years: 5, source: test}
              - {name: Usable, per: usable-tb, price: 0.01, source: test}
          - name: Kafka
            covers: [kafka]
            items:
              - {name: CPU, per: vcpu, price: 0.5, period: hour, source: test}
            lump_sums:
              small: {amount: 1234.56, note: "test lump sum"}
          - name: Platform
            items:
              - {name: Nodes, per: k8s-node, price: 100, source: test}
              - {name: Fee, per: lake, price: 99.99, source: test}
        """

    static func book() throws -> PriceBook {
        let parsed = PriceBookParser.parse(text, file: "rules.yaml")
        return try #require(parsed.book, "\(parsed.diagnostics)")
    }

    @Test func chargesBecomeMonthlyCents() throws {
        let lake = try CostingFixtures.tier("small")
        let minio = try #require(lake.minio)
        let cost = CostModel.price(lake, with: try Self.book())
        let storage = try #require(cost.lines.first)
        // capex $21/TB over 60 months; raw capacity in TB (10^12 B), rounded half up to the cent.
        let rawMicroTB = minio.rawCapacity.value / 1_000_000
        #expect(storage.items[0].cost == Cents((rawMicroTB * 21 * 100 / 60 + 500_000) / 1_000_000))
        #expect(storage.items[0].unit == "TB" && storage.items[0].quantityMicros == rawMicroTB)
        #expect(storage.items[1].cost == Cents((minio.usableCapacity.value / 1_000_000 + 500_000) / 1_000_000))
        let platform = try #require(cost.lines.last)
        #expect(platform.components.isEmpty, "a lake-wide line")
        let nodes = lake.nodePools.reduce(0) { $0 + $1.nodes }
        #expect(platform.items.map(\.cost) == [.dollars(100 * nodes), Cents(9_999)])
    }

    @Test func lumpSumAppliesOnlyToTheTiersNameAndDataVolume() throws {
        let book = try Self.book()
        let small = CostModel.price(try CostingFixtures.tier("small"), with: book)
        let kafka = try #require(small.lines.first { $0.name == "Kafka" })
        #expect(small.pricedTier == "small")
        #expect(kafka.basis == .lumpSum && kafka.cost == Cents(123_456))
        #expect(kafka.unitCost > Cents(0) && kafka.items.first?.unit == "vCPU-hour")
        #expect(small.total == Cents(small.lines.reduce(0) { $0 + $1.cost.value }))

        var bigger = try CostingFixtures.tier("small")
        bigger.spec.workload.dataVolume = .terabytes(2_000)
        let other = CostModel.price(bigger, with: book)
        #expect(other.pricedTier == nil)
        #expect(other.lines.first { $0.name == "Kafka" }?.basis == .units)
    }

    @Test func componentsNoLineCoversAreListed() throws {
        let cost = CostModel.price(try CostingFixtures.tier("small"), with: try Self.book())
        #expect(cost.unpriced == [.iceberg, .postgres, .spark, .airflow, .trino, .monitoring])
        #expect(cost.lines.map(\.name) == ["Storage", "Kafka", "Platform"])
    }

    @Test func lakeWideLinesCannotUseComponentMeasures() {
        let text = "format_version: 1\nname: x\ntitle: y\nlines:\n  - name: Platform\n    items: [{name: CPU, per: vcpu, price: 1}]\n"
        let parsed = PriceBookParser.parse(text, file: "x.yaml")
        #expect(parsed.diagnostics.errors.map(\.id) == ["pricebook.measureScope"])
        #expect(parsed.diagnostics.errors.first?.message == "'vcpu' counts the components an item applies to, and this one applies to none")
    }
}
