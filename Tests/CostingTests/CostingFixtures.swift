import BlueprintLoading
import Costing
import Diagnostics
import LakeModel
import Sizing
import TestSupport

/// The bundled tiers as their blueprints declare them, resolved, and the bundled price books parsed.
enum CostingFixtures {
    /// `blueprints/{small,medium,large}.swift`, compiled, run and resolved once for every test.
    static let tiers: [String: ResolvedLake] = {
        let reader = BlueprintReader(loadSwift: { SwiftBlueprintLoader().load(path: $0) })
        let set = reader.readLakes(["small", "medium", "large"].map { RepositoryPaths.path("blueprints/\($0).swift") })
        precondition(!set.diagnostics.hasErrors, DiagnosticRenderer.text(set.diagnostics))
        return Dictionary(uniqueKeysWithValues: set.lakes.map { ($0.name, Resolver.resolve($0).lake) })
    }()

    static func tier(_ name: String) throws -> ResolvedLake {
        guard let lake = tiers[name] else { throw FixtureError.missing(name) }
        return lake
    }

    static func book(_ name: String) throws -> PriceBook {
        guard let text = BundledPriceBooks.text(named: name) else { throw FixtureError.missing(name) }
        let parsed = PriceBookParser.parse(text, file: "pricebooks/\(name).yaml")
        guard let book = parsed.book else { throw FixtureError.invalid(DiagnosticRenderer.text(parsed.diagnostics)) }
        return book
    }

    /// A lake with every component, resolved, at `data` bytes and `ingest` bytes per second.
    static func sample(data: Int, ingest: Int) -> ResolvedLake {
        Resolver.resolve(SampleLakes.spec(data: data, ingest: ingest)).lake
    }

    /// Why a fixture could not be built.
    enum FixtureError: Error {
        case missing(String)
        case invalid(String)
    }
}
