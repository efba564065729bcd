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

    @OptionGroup var recordedState: RecordedStateOption

    func run() throws {
        // Sized from what the state records, as apply sizes, so that apply writes these very files.
        let desired = try DesiredState.compute(options, generated: out, recorded: recordedState.applied())
        let lakes = desired.lakes
        // With blueprint paths, the recorded files of other lakes are the state's business, not build's.
        let artifacts = desired.scope.map { scope in desired.artifacts.filter { scope.contains(DesiredState.lake(of: $0.path)) } } ?? desired.artifacts
        try GeneratedTree(root: out).sync(artifacts, scopes: lakes + (desired.scope == nil ? ["reports"] : []), lakes: lakes.count, check: check, label: "", command: "build")
    }
}
