import ArgumentParser
import BlueprintLoading
import Foundation
import LakeformWire

/// `lakeform dump-blueprint`: prints the wire JSON a blueprint evaluates to.
struct DumpBlueprintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump-blueprint",
        abstract: "Print the wire JSON of one blueprint (the same for a .swift blueprint and its .yaml twin)."
    )

    @Argument(help: "A .swift, .yaml, .yml or .json blueprint.")
    var path: String

    @OptionGroup var swift: SwiftBlueprintOptions

    func run() throws {
        switch swift.makeReader().read(path) {
        case .failed(let diagnostics):
            Console.report(diagnostics)
            throw ExitStatus.failure
        case .loaded(let blueprint, let warnings):
            Console.report(warnings)
            Console.out(try WireJSON.encode(blueprint.document))
        }
    }
}

/// Canonical JSON for wire documents: sorted keys, two-space indent, no escaped slashes.
enum WireJSON {
    static func encode(_ document: Wire.Document) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}
