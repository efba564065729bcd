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
        let desired = try DesiredState.compute(options, generated: out)
        let lakes = desired.resolution.lakes.map(\.name)
        try GeneratedTree(root: out).sync(desired.artifacts, scopes: lakes + (desired.scope == nil ? ["reports"] : []), lakes: lakes.count, check: check, label: "", command: "build")
    }
}
