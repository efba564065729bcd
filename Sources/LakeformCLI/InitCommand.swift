import ArgumentParser
import BlueprintLoading
import Foundation
import LakeModel

/// `lakeform init [DIR]`: scaffolds a blueprint repository; never overwrites a file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a blueprint repository: blueprints/ with a YAML and a Swift lake, .gitignore, GitHub workflows and a README.",
        discussion: "Refuses, writing nothing, when DIR already holds any of these files or a blueprints/ folder. "
            + "The workflows come from the examples installed with Lakeform (share/lakeform/examples/github)."
    )

    @Argument(help: "The repository folder; created when missing. Default: the current folder.")
    var directory = "."

    /// The folder as the user typed it; `RepositoryRoot` may have moved the process elsewhere.
    mutating func validate() throws { directory = RepositoryRoot.rebase(directory) }

    func run() throws {
        guard let examples = Self.examplesFolder() else {
            Console.error("error: the example workflows were not found next to this lakeform [init.noExamples]")
            Console.error("  note: install Lakeform with scripts/install.sh, which puts them in PREFIX/share/lakeform/examples/github")
            throw ExitStatus.failure
        }
        let files = try Self.files(examples: examples)
        let existing = (["blueprints"] + files.map(\.path)).filter { FileManager.default.fileExists(atPath: "\(directory)/\($0)") }
        guard existing.isEmpty else {
            Console.error("error: \(directory) already has \(existing.joined(separator: ", ")); nothing was written [init.exists]")
            Console.error("  note: init makes a new repository; pick an empty folder")
            throw ExitStatus.failure
        }
        do {
            for file in files {
                let path = "\(directory)/\(file.path)"
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            }
        } catch {
            Console.error("error: cannot write the repository in \(directory): \(error.localizedDescription) [init.write]")
            throw ExitStatus.failure
        }
        let shown = RepositoryRoot.display(directory)
        Console.out("Created a blueprint repository in \(shown):\n" + files.map { "  \($0.path)\n" }.joined()
                    + "Next: \(shown == "." ? "" : "cd \(shown) && ")lakeform plan")
    }

    /// Every file init writes, relative to the repository.
    static func files(examples: String) throws -> [(path: String, contents: String)] {
        let workflows = try ["plan", "apply"].map { name in
            (path: ".github/workflows/lakeform-\(name).yml", contents: try String(contentsOfFile: "\(examples)/\(name).yml", encoding: .utf8))
        }
        return [("blueprints/analytics.yaml", InitTemplates.yamlBlueprint), ("blueprints/events.swift", InitTemplates.swiftBlueprint),
                (".gitignore", InitTemplates.gitignore), ("README.md", InitTemplates.readme)] + workflows
    }

    /// `examples/github` installed beside the binary (`<exeDir>/../share/lakeform`), else in the source checkout the
    /// binary was built in (the nearest folder above it holding `Package.swift`).
    static func examplesFolder() -> String? {
        guard let executable = RunningExecutable.directory else { return nil }
        var candidates = [URL(fileURLWithPath: executable + "/../share/lakeform/examples/github").standardizedFileURL.path]
        var folder = URL(fileURLWithPath: executable)
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                candidates.append(folder.appendingPathComponent("examples/github").path)
                break
            }
            folder = folder.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: "\($0)/plan.yml") && FileManager.default.fileExists(atPath: "\($0)/apply.yml") }
    }
}
