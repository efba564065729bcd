import ArgumentParser
import BlueprintLoading
import Diagnostics
import LakeModel

/// `lakeform validate`: checks blueprints and reports every problem with file and line.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check blueprints: syntax, types, names, volumes, references, pins, and the sizing invariants."
    )

    @OptionGroup var options: BlueprintOptions

    @OptionGroup var recordedState: RecordedStateOption

    @Flag(help: "List the keys a blueprint may pin, with their safe minimums, and exit.")
    var listPins = false

    @Flag(help: "Also emit every artifact and check it against the CRD schemas and the charts' values.")
    var artifacts = false

    func run() throws {
        if listPins {
            for key in PinKey.all {
                Console.out("\(key.name) (\(key.unit.rawValue), minimum \(key.floor)): \(key.floorReason)")
            }
            return
        }
        let resolution = try recordedState.resolve(options)
        let checked = artifacts ? try ArtifactCheck.emitAndValidate(resolution.lakes).count : nil
        let lakes = resolution.lakes.map { "\($0.name) (\($0.spec.tier))" }.joined(separator: ", ")
        let files = resolution.blueprints.blueprints.count
        let count = resolution.lakes.count
        Console.out("Valid: \(files) blueprint\(files == 1 ? "" : "s"), \(count) lake\(count == 1 ? "" : "s"): \(lakes).")
        if let checked { Console.out("Valid: \(checked) generated artifacts pass the CRD schemas and chart values checks.") }
    }
}
