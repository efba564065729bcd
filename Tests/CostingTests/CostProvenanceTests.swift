import Costing
import LakeModel
import Sizing
import Testing

/// `lakeform explain LAKE cost.…`: every figure of the bill is a derivation down to resolved numbers.
@Suite struct CostProvenanceTests {
    static func explained(_ tier: String, book: String) throws -> (cost: LakeCost, provenance: Provenance, sources: [String: String]) {
        let lake = try CostingFixtures.tier(tier)
        let cost = CostModel.price(lake, with: try CostingFixtures.book(book))
        let priced = CostProvenance(cost: cost, lake: lake)
        var provenance = lake.provenance
        for derivation in priced.derivations { provenance.record(derivation) }
        return (cost, provenance, priced.sources)
    }

    @Test(arguments: BundledPriceBooks.names)
    func totalIsTheSumOfItsLinesAndLinesOfTheirItems(book: String) throws {
        let (cost, provenance, _) = try Self.explained("medium", book: book)
        let total = try #require(provenance["cost.total"])
        #expect(total.value == cost.total.value && total.unit == .cents && total.rule == "pricebook.\(book)")
        #expect(total.inputs.compactMap { provenance[$0]?.value }.reduce(0, +) == total.value)
        for address in total.inputs {
            let line = try #require(provenance[address])
            if !line.formula.contains("lump sum") {
                #expect(line.inputs.compactMap { provenance[$0]?.value }.reduce(0, +) == line.value, "\(address)")
            }
        }
    }

    @Test func seedItemsNameTheirPriceTheirSourceAndTheResolvedQuantity() throws {
        let (_, provenance, sources) = try Self.explained("medium", book: "seed-2024")
        let cpu = try #require(provenance["cost.computeK8s.cpu"])
        #expect(cpu.calculation.contains(" vCPU × $2.257 per vCPU-month = $") && cpu.value > 0)
        #expect(cpu.inputs.contains("pods.kafka-broker") && cpu.inputs.contains("pods.minio"))
        #expect(sources["cost.computeK8s.cpu"]?.hasPrefix("seed-2024: derived from seed § Total Cost Summary") == true)
        #expect(provenance["cost.storage.storedData"]?.inputs == ["workload.dataVolume"])
        #expect(provenance["cost.platform.dataServed"]?.calculation == "5,000 TB × $1.546 per TB-month = $7,730.00")
        let text = try #require(Explanation(address: "cost.total", in: provenance)).text
        #expect(text.contains("cost.total = $23,498.85  [rule pricebook.seed-2024]"))
        #expect(text.contains("because: Storage $2,000.00 + Platform $11,385.00 + Compute (K8s) $10,113.85 = $23,498.85"))
        #expect(text.contains("pods.trino-worker = 12"))
    }

    @Test func horizonTotalExplainsTheDataAtTheHorizon() throws {
        let (cost, provenance, _) = try Self.explained("medium", book: "seed-2024")
        let horizon = try #require(provenance["cost.horizon.total"])
        #expect(horizon.value == cost.months[1].total.value && horizon.inputs == ["cost.total", "cost.horizon.dataVolume"])
        let data = try #require(provenance["cost.horizon.dataVolume"])
        #expect(data.value == cost.months[1].data.value)
        #expect(data.calculation.hasPrefix("5 PB × (1 + 40%)^(12 / 12) = "))
        #expect(provenance["workload.horizon"]?.value == 12)
        #expect(provenance["cost.perDataTB"]?.value == cost.perUnit.perDataTB?.value)
        #expect(provenance["cost.horizon.perDataTB"]?.value == cost.months[1].perDataTB?.value)
    }

    @Test func openCostItemsCountTheComponentsPods() throws {
        let (_, provenance, sources) = try Self.explained("medium", book: "opencost-default")
        let cpu = try #require(provenance["cost.kafka.cpu"])
        #expect(Set(cpu.inputs) == ["pods.kafka-broker", "pods.kafka-controller", "pods.kafka-entity-operator", "pods.strimzi-cluster-operator"])
        #expect(sources["cost.kafka.cpu"] == "opencost-default: OpenCost configs/default.json: CPU 0.031611 $/vCPU-hour")
    }

    @Test func namesBecomeCamelCaseAddressParts() {
        #expect(CostProvenance.key("Compute (K8s)") == "computeK8s")
        #expect(CostProvenance.key("Prometheus + Grafana") == "prometheusGrafana")
        #expect(CostProvenance.key("Storage") == "storage")
    }
}
