import Costing
import Diagnostics
import Foundation
import LakeModel

/// Prices every lake (its own book, plus seed-2024 and opencost-default for the comparison) and
/// renders the report artifacts; prints warnings and guardrail breaches, throws when a book fails.
enum ReportArtifacts {
    /// - Parameter cache: when given and every lake and book is as when the reports were last rendered, they are read
    ///   back from its output folder (with the warnings printed then) instead.
    static func make(_ lakes: [ResolvedLake], priceBook: String?, cache: CachedEmission? = nil) throws -> [Artifact] {
        var loader = PriceBookLoader()
        var diagnostics = Diagnostics()
        let seedSource = PriceBookSource.resolve(LakeReports.seedBook, relativeTo: ""),
            resourceSource = PriceBookSource.resolve(LakeReports.resourceBook, relativeTo: "")
        let sources = [seedSource, resourceSource] + lakes.map { PriceBookSource.forLake($0.spec, override: priceBook) }
        let texts = sources.map { (source: PriceBookLoader.key($0), text: loader.text($0, into: &diagnostics)) }
        let cached = CachedReports(cache, lakes: lakes, priceBook: priceBook, books: texts)
        if let (artifacts, printed) = cached?.hit() {
            Console.report(printed)
            return artifacts
        }
        let seed = loader.load(seedSource, into: &diagnostics)
        let resource = loader.load(resourceSource, into: &diagnostics)
        var books: [(lake: ResolvedLake, book: PriceBook, origin: String)] = []
        for (lake, source) in zip(lakes, sources.dropFirst(2)) {
            guard let book = loader.load(source, into: &diagnostics) else { continue }
            books.append((lake, book, source.origin))
        }
        guard let seed, let resource else {
            Console.report(diagnostics)
            throw ExitStatus.failure
        }
        let priced = PricedLake.make(books, seed: seed, resource: resource)
        for lake in priced { diagnostics.append(contentsOf: warnings(lake)) }
        Console.report(diagnostics)
        guard !loader.failed else { throw ExitStatus.failure }
        let artifacts = try LakeReports.artifacts(priced)
        cached?.record(artifacts, diagnostics: diagnostics)
        return artifacts
    }

    /// Warnings for the components the lake's book cannot price and for its breached guardrails.
    private static func warnings(_ priced: PricedLake) -> Diagnostics {
        var diagnostics = Diagnostics()
        for component in priced.report.cost.unpriced {
            diagnostics.append(.warning("cost.unpricedComponent",
                                        "price book \(priced.report.cost.book) has no line covering '\(component.rawValue)'; its cost is not counted",
                                        address: "lake.\(priced.name).\(component.rawValue)"))
        }
        diagnostics.append(contentsOf: Guardrails.diagnostics(priced.report.guardrails, cost: priced.report.cost,
                                                              blueprint: priced.blueprintPath))
        return diagnostics
    }
}
