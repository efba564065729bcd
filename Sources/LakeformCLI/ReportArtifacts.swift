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
        let sources = [seedSource, resourceSource] + lakes.map { lake in
            PriceBookSource.resolve(priceBook ?? lake.spec.cost.priceBook ?? BundledPriceBooks.defaultName,
                                    relativeTo: priceBook == nil ? (lake.spec.blueprintPath as NSString).deletingLastPathComponent : "")
        }
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
        // Each lake is priced on its own, so lakes are priced in parallel; warnings keep the lakes' order.
        let results = ParallelResults<(lake: PricedLake, diagnostics: Diagnostics)>(count: books.count)
        DispatchQueue.concurrentPerform(iterations: books.count) { [books] index in
            let (lake, book, origin) = books[index]
            results.set(index, price(lake, book: book, origin: origin, seed: seed, resource: resource))
        }
        let priced = results.values
        for lake in priced { diagnostics.append(contentsOf: lake.diagnostics) }
        Console.report(diagnostics)
        guard !loader.failed else { throw ExitStatus.failure }
        let artifacts = try LakeReports.artifacts(priced.map(\.lake))
        cached?.record(artifacts, diagnostics: diagnostics)
        return artifacts
    }

    /// One lake's report, with warnings for components its book cannot price and for breached guardrails.
    private static func price(_ lake: ResolvedLake, book: PriceBook, origin: String, seed: PriceBook, resource: PriceBook)
        -> (lake: PricedLake, diagnostics: Diagnostics) {
        let priced = PricedLake.make(lake, book: book, origin: origin, seed: seed, resource: resource)
        var diagnostics = Diagnostics()
        for component in priced.report.cost.unpriced {
            diagnostics.append(.warning("cost.unpricedComponent",
                                        "price book \(book.name) has no line covering '\(component.rawValue)'; its cost is not counted",
                                        address: "lake.\(lake.name).\(component.rawValue)"))
        }
        diagnostics.append(contentsOf: Guardrails.diagnostics(priced.report.guardrails, cost: priced.report.cost,
                                                              blueprint: lake.spec.blueprintPath))
        return (priced, diagnostics)
    }
}
