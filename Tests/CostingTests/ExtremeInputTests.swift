import BlueprintLoading
import Costing
import Diagnostics
import LakeModel
import Sizing
import TestSupport
import Testing

/// Inputs at the top of their documented bounds: sizing, capacity and cost saturate instead of trapping or wrapping
/// negative, and absurd results come with warnings that name the lever.
@Suite struct ExtremeInputTests {
    /// The fuzz corpus's lakes with every input, component and pin at its bound.
    static let cases = ["at-bounds-everything.json", "at-bounds-pins-all.json", "at-bounds-druid.json", "at-bounds-minio.json"]

    static func resolved(_ name: String) throws -> (lake: ResolvedLake, diagnostics: Diagnostics) {
        let path = RepositoryPaths.path("Tests/Fixtures/fuzz-corpus/\(name)")
        let set = BlueprintReader(loadSwift: { _ in .failed(Diagnostics()) }).readLakes([path])
        #expect(!set.diagnostics.hasErrors, "\(DiagnosticRenderer.text(set.diagnostics))")
        let spec = try #require(set.lakes.first)
        return Resolver.resolve(spec)
    }

    @Test(arguments: cases)
    func sizingAndCostSaturateInsteadOfOverflowing(name: String) throws {
        let (lake, _) = try Self.resolved(name)
        #expect(lake.nodePools.allSatisfy { $0.nodes > 0 && $0.requestedCPU.value >= 0 && $0.requestedMemory.value >= 0 })
        #expect(lake.podGroups.allSatisfy { $0.replicas >= 0 && $0.resources.memoryRequest.value >= 0 })
        let cost = CostModel.price(lake, with: try CostingFixtures.book(BundledPriceBooks.defaultName))
        #expect(cost.total.value >= 0 && cost.lines.allSatisfy { $0.cost.value >= 0 }, "\(cost.total)")
    }

    @Test func aLakeAtEveryBoundWarnsAndNamesTheLevers() throws {
        let (_, diagnostics) = try Self.resolved("at-bounds-everything.json")
        let warnings = diagnostics.items.filter { $0.severity == .warning }
        for id in ["milvus.queryNodeBound", "kubernetes.clusterTooLarge"] {
            let warning = warnings.first { $0.id == id }
            #expect(warning != nil, "\(id) missing from \(warnings.map(\.id))")
            #expect(warning?.notes.isEmpty == false, "\(id) should name a lever")
        }
    }
}
