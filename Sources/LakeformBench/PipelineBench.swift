import ArgumentParser
import ArtifactValidation
import BlueprintLoading
import Costing
import Diagnostics
import Emitters
import Foundation
import LakeModel
import Sizing

/// `lakeform-bench pipeline`: the phases of `lakeform build` one by one, in process, for the blueprints
/// under the working directory — where a build's time goes, and its cost per lake.
struct PipelineBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline", abstract: "Time the phases of a build (read, resolve, emit, validate, reports) in process.")

    @Argument(help: "Blueprint files or folders. Default: blueprints/.")
    var paths: [String] = []

    @Option(help: "Timed runs of each phase.")
    var runs = 3

    func run() throws {
        let reader = BlueprintReader(loadSwift: SwiftBlueprintLoader().load(path:))
        var set = reader.readLakes(paths)
        let read = Stopwatch.measure(runs: runs) { set = reader.readLakes(paths) }
        guard !set.diagnostics.hasErrors else { throw ValidationError("the blueprints have errors; run `lakeform validate`") }
        var lakes: [ResolvedLake] = []
        let resolve = Stopwatch.measure(runs: runs) { lakes = set.lakes.map { Resolver.resolve($0).lake } }
        var emissions: [Emission] = []
        let emit = Stopwatch.measure(runs: runs) { emissions = lakes.map(Emission.init(lake:)) }
        let validate = try Stopwatch.measure(runs: runs) { try Self.validate(emissions, lakes) }
        let checked = emissions.flatMap(\.artifacts).filter { $0.kind == .manifest || $0.kind == .helmValues }
        let parse = try Stopwatch.measure(runs: runs) { for artifact in checked { _ = try JSONValue.documents(yaml: artifact.contents) } }
        let both = try Stopwatch.measure(runs: runs) { try Self.emitAndValidateInParallel(lakes) }
        let reports = try Stopwatch.measure(runs: runs) { _ = try Self.reports(lakes) }

        let count = lakes.count, artifacts = emissions.reduce(0) { $0 + $1.artifacts.count }
        var table = ResultTable()
        for (name, stopwatch) in [("read blueprints", read), ("resolve", resolve), ("emit", emit),
                                  ("validate (schema catalog loaded each run)", validate), ("  of which: YAML parse of what validate reads", parse),
                                  ("emit + validate, lakes in parallel", both), ("price + reports", reports)] {
            table.add(name, stopwatch, note: "\(ResultTable.ms(stopwatch.median / Double(max(1, count)))) per lake")
        }
        print("\(count) lakes, \(artifacts) emitted artifacts, \(ProcessInfo.processInfo.activeProcessorCount) cores\n")
        print(table.render())
    }

    static func validate(_ emissions: [Emission], _ lakes: [ResolvedLake]) throws {
        let validator = try ArtifactValidator.loadDefault()
        for (emission, lake) in zip(emissions, lakes) {
            let charts = ArtifactValidator.chartFolders(lake: lake.name, releases: emission.releases)
            guard !validator.validate(emission.artifacts, charts: charts).hasErrors else { throw ValidationError("\(lake.name) is invalid") }
        }
    }

    /// What `lakeform build` does with every lake: emit and validate, one lake per core.
    static func emitAndValidateInParallel(_ lakes: [ResolvedLake]) throws {
        let validator = try ArtifactValidator.loadDefault()
        DispatchQueue.concurrentPerform(iterations: lakes.count) { index in
            let emission = Emission(lake: lakes[index])
            let charts = ArtifactValidator.chartFolders(lake: lakes[index].name, releases: emission.releases)
            _ = validator.validate(emission.artifacts, charts: charts)
        }
    }

    /// Each lake priced with its bundled book, seed-2024 and opencost-default, then the report artifacts.
    static func reports(_ lakes: [ResolvedLake]) throws -> [Artifact] {
        var books: [String: PriceBook] = [:]
        func book(_ name: String) throws -> PriceBook {
            if let known = books[name] { return known }
            guard case .bundled(_, let text) = PriceBookSource.resolve(name, relativeTo: ""),
                  let parsed = PriceBookParser.parse(text, file: name).book else { throw ValidationError("no bundled price book \(name)") }
            books[name] = parsed
            return parsed
        }
        let seed = try book(LakeReports.seedBook), resource = try book(LakeReports.resourceBook)
        let own = try lakes.map { (lake: $0, book: try book($0.spec.cost.priceBook ?? BundledPriceBooks.defaultName), origin: "bundled") }
        return try LakeReports.artifacts(PricedLake.make(own, seed: seed, resource: resource))
    }
}
