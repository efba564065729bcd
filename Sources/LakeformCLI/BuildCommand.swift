import ArgumentParser
import Foundation
import LakeModel

/// `lakeform build`: writes every lake's Helm values, manifests and files under `generated/`.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Generate Helm values, custom resources, Iceberg DDL, DAGs, a helmfile and the cost and capacity reports for every lake, into generated/.",
        discussion: "Every artifact is validated first (CRD schemas, chart values keys and schemas); invalid output is never written. "
            + "--check writes nothing and exits 1 when generated/ differs from what the blueprints produce."
    )

    @OptionGroup var options: BlueprintOptions

    @Option(help: "The output folder.")
    var out = "generated"

    @Flag(help: "Compare generated/ with the blueprints' output instead of writing; exit 1 when stale.")
    var check = false

    func run() throws {
        let resolution = try LakeResolution.run(options)
        let lakes = resolution.lakes.map(\.name)
        let artifacts = try ArtifactCheck.emitAndValidate(resolution.lakes) + ReportArtifacts.make(resolution.lakes, priceBook: nil)
        let scopes = lakes + ["reports"]
        let tree = GeneratedTree(root: out)
        if check {
            let differences = tree.differences(artifacts, scopes: scopes)
            guard differences.isEmpty else {
                for difference in differences { Console.out("\(difference.change.rawValue): \(out)/\(difference.path)") }
                Console.error("\(out)/ is stale: \(differences.count) file\(differences.count == 1 ? "" : "s") differ. Run `lakeform build` and commit the result.")
                throw ExitStatus.failure
            }
            Console.out("\(out)/ is up to date: \(artifacts.count) files for \(lakes.count) lakes.")
            return
        }
        do {
            try tree.write(artifacts, scopes: scopes)
        } catch {
            Console.error("error: \(error) [build.write]")
            throw ExitStatus.failure
        }
        Console.out("Wrote \(artifacts.count) files for \(lakes.count) lakes to \(out)/.")
    }
}
