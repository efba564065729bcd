import ArgumentParser
import Costing
import Diagnostics
import Foundation
import LakeModel
import Sizing

/// `lakeform explain`: the chain behind one resolved number, down to the blueprint inputs.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how a resolved number was computed: rule, formula, values, sources and inputs.",
        discussion: "Example: lakeform explain medium kafka.brokers. Without an address, lists every resolved number of the lake (--json: every derivation). "
            + "Cost addresses (cost.total, cost.horizon.total, cost.<line>, cost.<line>.<item>) price the lake with its blueprint's price book."
    )

    @Argument(help: "The lake's name.")
    var lake: String

    @Argument(help: "The address of a resolved number, such as kafka.brokers or minio.usableCapacity.")
    var address: String?

    @Flag(help: "Print the chain as JSON.")
    var json = false

    @Option(name: [.customShort("f"), .customLong("file")],
            help: "A blueprint file or folder to read (repeatable). Default: every blueprint under blueprints/.")
    var files: [String] = []

    @OptionGroup var swift: SwiftBlueprintOptions

    @OptionGroup var recordedState: RecordedStateOption

    func run() throws {
        let resolved = try LakeResolution.run(paths: files, swift: swift, recorded: recordedState.topologies()).lakes
        guard let target = resolved.first(where: { $0.name == lake }) else {
            Console.error("error: no lake named '\(lake)' [explain.unknownLake]")
            Console.error("  note: lakes: \(resolved.map(\.name).joined(separator: ", "))")
            throw ExitStatus.failure
        }
        guard let address else {
            Console.out(json ? try Self.encode(target.provenance.all)
                        : target.provenance.all.map { "\($0.address) = \($0.formatted)" }.joined(separator: "\n"))
            return
        }
        let priced = address.hasPrefix("cost") ? try Self.priced(target) : nil
        var provenance = target.provenance
        for derivation in priced?.derivations ?? [] { provenance.record(derivation) }
        guard var explanation = Explanation(address: address, in: provenance) else {
            Console.error("error: lake '\(lake)' has no resolved number at '\(address)' [explain.unknownAddress]")
            let near = Explanation.suggestions(for: address, in: provenance)
            if !near.isEmpty { Console.error("  note: addresses nearby: \(near.prefix(12).joined(separator: ", "))") }
            throw ExitStatus.failure
        }
        for index in explanation.steps.indices {
            explanation.steps[index].source = priced?.sources[explanation.steps[index].derivation.address] ?? explanation.steps[index].source
        }
        if json {
            Console.out(try Self.encode(explanation.steps.map { ExplainedStep(depth: $0.depth, derivation: $0.derivation, source: $0.source) }))
        } else {
            Console.out(explanation.text)
        }
    }

    /// The lake priced with its blueprint's book (else the default), as derivations.
    private static func priced(_ lake: ResolvedLake) throws -> CostProvenance {
        let source = PriceBookSource.forLake(lake.spec, override: nil)
        var loader = PriceBookLoader()
        var diagnostics = Diagnostics()
        guard let book = loader.load(source, into: &diagnostics) else {
            Console.report(diagnostics)
            throw ExitStatus.failure
        }
        return CostProvenance(cost: CostModel.price(lake, with: book), lake: lake)
    }

    private static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// One step of an explanation, as `explain --json` prints it.
struct ExplainedStep: Encodable {
    var depth: Int
    var derivation: Derivation
    var source: String?
}
