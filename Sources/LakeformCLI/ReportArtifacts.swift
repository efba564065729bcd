import Costing
import Diagnostics
import Foundation
import LakeModel

/// Prices every lake (its own book, plus seed-2024 and opencost-default for the comparison) and
/// renders the report artifacts; prints warnings and guardrail breaches, throws when a book fails.
enum ReportArtifacts {
    static func make(_ lakes: [ResolvedLake], priceBook: String?) throws -> [Artifact] {
        var loader = PriceBookLoader()
        var diagnostics = Diagnostics()
        let seed = loader.load(PriceBookSource.resolve(LakeReports.seedBook, relativeTo: ""), into: &diagnostics)
        let resource = loader.load(PriceBookSource.resolve(LakeReports.resourceBook, relativeTo: ""), into: &diagnostics)
        var priced: [PricedLake] = []
        for lake in lakes {
            let folder = (lake.spec.blueprintPath as NSString).deletingLastPathComponent
            let source = PriceBookSource.resolve(priceBook ?? lake.spec.cost.priceBook ?? BundledPriceBooks.defaultName,
                                                 relativeTo: priceBook == nil ? folder : "")
            guard let book = loader.load(source, into: &diagnostics), let seed, let resource else { continue }
            let lakeReport = PricedLake.make(lake, book: book, origin: source.origin, seed: seed, resource: resource)
            for component in lakeReport.report.cost.unpriced {
                diagnostics.append(.warning("cost.unpricedComponent",
                                            "price book \(book.name) has no line covering '\(component.rawValue)'; its cost is not counted",
                                            address: "lake.\(lake.name).\(component.rawValue)"))
            }
            diagnostics.append(contentsOf: Guardrails.diagnostics(lakeReport.report.guardrails, cost: lakeReport.report.cost,
                                                                  blueprint: lake.spec.blueprintPath))
            priced.append(lakeReport)
        }
        Console.report(diagnostics)
        guard !loader.failed else { throw ExitStatus.failure }
        return try LakeReports.artifacts(priced)
    }
}
