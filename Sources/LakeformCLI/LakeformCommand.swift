import ArgumentParser
import LakeModel

/// The `lakeform` command: blueprints in, sizes, manifests, reports and plans out.
public struct LakeformCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "lakeform",
        abstract: "Infrastructure as code for an open-source data lake: blueprints in, sized Helm values, manifests, cost reports and plans out.",
        version: LakeformVersion.current,
        subcommands: [InitCommand.self, PlanCommand.self, ApplyCommand.self, ShowCommand.self, RollbackCommand.self, DriftCommand.self, StateCommand.self, ForceUnlockCommand.self, ValidateCommand.self, BuildCommand.self, CostCommand.self, ReportCommand.self, ExplainCommand.self, RulesCommand.self, SchemaCommand.self, DumpBlueprintCommand.self]
    )

    public init() {}

    /// Runs the command line in the repository root (`RepositoryRoot`), wherever it was started; a plan the memo
    /// holds is replayed before ArgumentParser reads the command line (`PlanMemo`).
    public static func main() {
        _ = RepositoryRoot.startedIn
        PlanMemo.replayIfMemoised(arguments: Array(CommandLine.arguments.dropFirst()))
        main(nil)
    }
}
