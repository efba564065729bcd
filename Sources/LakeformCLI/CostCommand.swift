import ArgumentParser
import Costing
import Diagnostics
import Foundation
import LakeModel

extension ExitStatus {
    /// A lake's cost exceeds its blueprint's maxMonthlyCost or maxCostPerTB (docs/cost.md).
    static let costGuardrail = ExitCode(3)
}

/// `lakeform cost`: prices every lake with its price book; reports cost, capacity and guardrails.
struct CostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract: "Price lakes: cost per line and lake, per TB and per user, capacity, and the cost guardrails.",
        discussion: """
            The price book is --pricebook, else the blueprint's PriceBook, else \(BundledPriceBooks.defaultName). \
            Bundled books: \(BundledPriceBooks.names.joined(separator: ", ")); anything else is a price-book file. \
            Exits 3, after printing the report, when a lake exceeds its maxMonthlyCost or maxCostPerTB. See docs/cost.md.
            """
    )

    /// Report formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @OptionGroup var options: BlueprintOptions

    @OptionGroup var recordedState: RecordedStateOption

    @Option(name: .customLong("pricebook"), help: ArgumentHelp("A bundled price book or a price-book file, for every lake.", valueName: "name|file"))
    var priceBook: String?

    @Option(help: "The report's format.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Print a bundled price book's YAML, to copy and edit, and exit.", valueName: "name"))
    var showPricebook: String?

    mutating func validate() throws { priceBook = priceBook.map(RepositoryRoot.rebasePriceBook) }

    func run() throws {
        if let name = showPricebook {
            guard let text = BundledPriceBooks.text(named: name) else {
                Console.error("error: no bundled price book '\(name)' [pricebook.missingFile]")
                Console.error("  note: bundled books: \(BundledPriceBooks.names.joined(separator: ", "))")
                throw ExitStatus.failure
            }
            print(text, terminator: "")
            return
        }
        let lakes = try recordedState.resolve(options).lakes
        var loader = PriceBookLoader()
        var diagnostics = Diagnostics()
        var reports: [CostReport] = []
        for lake in lakes {
            let source = PriceBookSource.forLake(lake.spec, override: priceBook)
            guard let book = loader.load(source, into: &diagnostics) else { continue }
            let report = CostReport.make(lake, book: book, origin: source.origin)
            for component in report.cost.unpriced {
                diagnostics.append(.warning("cost.unpricedComponent",
                                            "price book \(book.name) has no line covering '\(component.rawValue)'; its cost is not counted",
                                            address: "lake.\(lake.name).\(component.rawValue)"))
            }
            diagnostics.append(contentsOf: Guardrails.diagnostics(report.guardrails, cost: report.cost, blueprint: lake.spec.blueprintPath))
            reports.append(report)
        }
        guard !loader.failed else {
            Console.report(diagnostics)
            throw ExitStatus.failure
        }
        switch format {
        case .text: Console.out(CostText.render(reports))
        case .markdown: Console.out(CostMarkdown.render(reports))
        case .json: Console.out(try CostJSON.render(reports))
        }
        Console.report(diagnostics)
        if reports.contains(where: { $0.guardrails.contains(where: \.exceeded) }) { throw ExitStatus.costGuardrail }
    }
}

/// Reads and parses each price book once; file reading lives here, parsing in Costing.
struct PriceBookLoader {
    private var books: [String: PriceBook] = [:]
    private var texts: [String: String] = [:]
    /// Files already reported missing, so each is reported once.
    private var missing: Set<String> = []
    private(set) var failed = false

    mutating func load(_ source: PriceBookSource, into diagnostics: inout Diagnostics) -> PriceBook? {
        if let book = books[Self.key(source)] { return book }
        guard let text = text(source, into: &diagnostics) else { return nil }
        let file = switch source {
        case .bundled(let name, _): "pricebooks/\(name).yaml"
        case .file(let path): path
        }
        let (book, problems) = PriceBookParser.parse(text, file: file)
        diagnostics.append(contentsOf: problems)
        guard let book else {
            failed = true
            return nil
        }
        books[Self.key(source)] = book
        return book
    }

    /// The book's text, read once per file; a missing file is an error, reported once.
    mutating func text(_ source: PriceBookSource, into diagnostics: inout Diagnostics) -> String? {
        let key = Self.key(source)
        if let text = texts[key] { return text }
        switch source {
        case .bundled(_, let bundled):
            texts[key] = bundled
        case .file(let path):
            guard !missing.contains(path) else { return nil }
            // A bare name (no folder, no extension) can only mean a bundled book: it is never read from disk.
            let bareName = !path.contains("/") && (path as NSString).pathExtension.isEmpty
            guard bareName || RepositoryFile.isInside(path, extensions: ["yaml", "yml"]) else {
                missing.insert(path)
                diagnostics.append(.error("pricebook.outsideRepository", "a price book must be a bundled book or a .yaml file inside the repository",
                                          source: .file(path),
                                          notes: ["absolute paths, '..' that leaves the repository and symlinks out of it are refused, and the file is never shown",
                                                  "bundled books: \(BundledPriceBooks.names.joined(separator: ", "))"]))
                failed = true
                return nil
            }
            guard !bareName, let data = FileManager.default.contents(atPath: path) else {
                missing.insert(path)
                let near = Suggestion.closest(to: (path as NSString).lastPathComponent, in: BundledPriceBooks.names)
                diagnostics.append(.error("pricebook.missingFile", "no bundled price book by this name and no such file", source: .file(path),
                                          notes: [near.map { "did you mean the bundled '\($0)'?" }
                                              ?? "bundled books: \(BundledPriceBooks.names.joined(separator: ", "))"]))
                failed = true
                return nil
            }
            texts[key] = String(decoding: data, as: UTF8.self)
        }
        return texts[key]
    }

    /// `bundled:NAME`, or the file's path.
    static func key(_ source: PriceBookSource) -> String {
        switch source {
        case .bundled(let name, _): "bundled:" + name
        case .file(let path): path
        }
    }
}
