import ArgumentParser
import Costing
import Diagnostics
import Foundation
import LakeModel

/// `lakeform report`: writes each lake's cost and capacity reports, the tiers comparison and an
/// HTML page with SVG charts under `generated/`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write cost and capacity reports: generated/<lake>/reports/, generated/reports/tiers.md and index.html.",
        discussion: """
            Each lake is priced like `lakeform cost` (--pricebook, else the blueprint's PriceBook, else \
            \(BundledPriceBooks.defaultName)) and also with \(LakeReports.seedBook) and \(LakeReports.resourceBook) for the comparison. \
            Exceeded guardrails are reported but do not stop the report. --check writes nothing and exits 1 when the reports are stale. \
            See docs/cost.md.
            """
    )

    @OptionGroup var options: BlueprintOptions

    @OptionGroup var recordedState: RecordedStateOption

    @Option(name: .customLong("pricebook"), help: ArgumentHelp("A bundled price book or a price-book file, for every lake.", valueName: "name|file"))
    var priceBook: String?

    @Option(help: "The output folder.")
    var out = "generated"

    @Flag(help: "Compare the reports under the output folder with what the blueprints produce instead of writing; exit 1 when stale.")
    var check = false

    mutating func validate() throws { priceBook = priceBook.map(RepositoryRoot.rebasePriceBook) }

    func run() throws {
        // Sized from what the state records, as apply sizes, so that the reports are the ones apply writes.
        let lakes = try recordedState.resolve(options).lakes
        // Blueprint paths select lakes; the repository-wide reports compare every lake, so they are left alone then.
        let scoped = !options.paths.isEmpty
        let artifacts = try ReportArtifacts.make(lakes, priceBook: priceBook).filter { !scoped || !$0.path.hasPrefix("reports/") }
        let scopes = lakes.map { "\($0.name)/reports" } + (scoped ? [] : ["reports"])
        try GeneratedTree(root: out).sync(artifacts, scopes: scopes, lakes: lakes.count, check: check, label: " report", command: "report")
    }
}
