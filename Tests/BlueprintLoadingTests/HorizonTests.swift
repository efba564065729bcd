@testable import BlueprintLoading
import Diagnostics
import LakeModel
import LakeformWire
import Testing

/// The planning horizon in the wire format: months as a number, a span or an object; 12 when unset; bounded.
@Suite struct HorizonTests {
    static func spec(horizon: String?) -> (LakeSpec?, [Diagnostic]) {
        let line = horizon.map { "\nhorizon: \($0)" } ?? ""
        let text = DataFormatLoad.lake(workload: "dataVolume: 1PB\(line)")
        switch DataBlueprintLoader.load(path: "lake.yaml", contents: text) {
        case .loaded(let blueprint, _):
            let (lakes, diagnostics) = SpecMapper.map(blueprint)
            return (lakes.first, diagnostics.sorted)
        case .failed(let diagnostics):
            return (nil, diagnostics.sorted)
        }
    }

    @Test(arguments: [("18", 18), ("18mo", 18), ("\"18 months\"", 18), ("2y", 24), ("\"1 year\"", 12), ("{months: 30}", 30)])
    func everySpellingGivesMonths(text: String, months: Int) throws {
        let (spec, diagnostics) = Self.spec(horizon: text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(try #require(spec).workload.horizonMonths == months)
    }

    @Test func unsetIsAYear() throws {
        #expect(try #require(Self.spec(horizon: nil).0).workload.horizonMonths == 12)
    }

    @Test(arguments: ["0", "121", "11y"])
    func outOfRangeIsAnErrorAtTheLine(text: String) throws {
        let (_, diagnostics) = Self.spec(horizon: text)
        let error = try #require(diagnostics.first)
        #expect(error.id == "spec.outOfRange" && error.message.hasPrefix("horizon (months) must be between 1 and 120"))
        #expect(error.source?.line != nil && error.source?.line != 0)
    }

    @Test(arguments: ["18 weeks", "soon", "-3mo"])
    func otherSpellingsAreRejected(text: String) throws {
        let (spec, diagnostics) = Self.spec(horizon: text)
        #expect(spec == nil || !diagnostics.isEmpty)
        #expect(diagnostics.contains { $0.message.contains("horizon") || $0.message.contains("18mo") }, "\(diagnostics.map(\.message))")
    }
}
