import ArgumentParser
import Foundation
import Planning

/// `lakeform show FILE`: renders a saved plan, as `terraform show` does.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Render a plan saved with `lakeform plan --out FILE`.")

    @Argument(help: "The saved plan.")
    var file: String

    @Option(help: "text, markdown (for a pull-request comment) or json.")
    var format: PlanCommand.Format = .text

    mutating func validate() throws { file = RepositoryRoot.rebase(file) }

    func run() throws {
        guard FileManager.default.fileExists(atPath: file) else {
            Console.error("error: \(file): no such file [show.missing]")
            throw ExitStatus.failure
        }
        guard let saved = PlanFile.read(file) else {
            Console.error("error: \(file) is not a plan saved by this version of Lakeform (format \(PlanFile.currentVersion)) [show.format]")
            Console.error("  note: run `lakeform plan --out \(file)` again")
            throw ExitStatus.failure
        }
        Console.message("Saved plan against state serial \(saved.serial) (lineage \(saved.lineage)).\n", besideDocument: format.isDocument)
        Console.out(try PlanCommand.render(saved.plan, format, notes: PlanCommand.notes(saved.plan, serial: saved.serial)))
    }
}
