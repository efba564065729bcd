import ArgumentParser
import Foundation
import Planning

/// `lakeform show FILE`: renders a saved plan, as `terraform show` does, then every file it writes or deletes.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Render a plan saved with `lakeform plan --out FILE`, and list every file it writes or deletes.")

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
        let saved = try PlanFile.load(file, command: "show")
        Console.message("Saved plan against state serial \(saved.serial) (lineage \(saved.lineage)), SHA-256 \(saved.digest ?? "").\n",
                        besideDocument: format.isDocument)
        if format == .text, let drift = Drift.report(saved.plan.drift, generated: "generated", serial: saved.serial) {
            Console.out(drift + "\n  (as generated/ was when the plan was saved; `lakeform apply` refuses drift unless --overwrite-drift)\n")
        }
        Console.out(try PlanCommand.render(saved.plan, format, notes: PlanCommand.notes(saved.plan, serial: saved.serial)))
        Console.message(Self.fileList(saved), besideDocument: format.isDocument)
    }

    /// Every file `apply FILE` leaves under generated/ and every recorded file it deletes, with SHA-256s.
    static func fileList(_ saved: PlanFile) -> String {
        let actions = Dictionary(saved.plan.changes.map { ($0.path, $0.action.symbol) }, uniquingKeysWith: { first, _ in first })
        var lines = ["", "Files apply writes under generated/ (SHA-256; unmarked ones are unchanged):"]
        lines += saved.artifacts.sorted { $0.path < $1.path }.map { "  \((actions[$0.path] ?? "").padding(toLength: 3, withPad: " ", startingAt: 0)) \($0.path)  \($0.sha256)" }
        if !saved.deletions.isEmpty {
            lines += ["Files apply deletes (SHA-256 recorded in the state):"]
            lines += saved.deletions.sorted { $0.key < $1.key }.map { "  -   \($0.key)  \($0.value)" }
        }
        return lines.joined(separator: "\n")
    }
}
