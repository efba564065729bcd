import ArgumentParser
import BlueprintLoading
import Diagnostics
import LakeModel

/// `lakeform validate`: checks blueprints and reports every problem with file and line.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check blueprints: syntax, types, names, volumes, references and pins."
    )

    @OptionGroup var options: BlueprintOptions

    @Flag(help: "List the keys a blueprint may pin, with their safe minimums, and exit.")
    var listPins = false

    func run() throws {
        if listPins {
            for key in PinKey.all {
                Console.out("\(key.name) (\(key.unit.rawValue), minimum \(key.floor)): \(key.floorReason)")
            }
            return
        }
        let set = options.makeReader().readLakes(options.paths)
        Console.report(set.diagnostics)
        guard !set.diagnostics.hasErrors else { throw ExitStatus.failure }
        let lakes = set.lakes.map { "\($0.name) (\($0.tier))" }.joined(separator: ", ")
        let files = set.blueprints.count
        Console.out("Valid: \(files) blueprint\(files == 1 ? "" : "s"), \(set.lakes.count) lake\(set.lakes.count == 1 ? "" : "s"): \(lakes).")
    }
}
