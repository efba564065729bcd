import ArgumentParser

/// `lakeform-bench`: times what the command line cannot isolate — a key-path diff, a Swift blueprint's
/// evaluation, the phases of a build — inside one process, and prints a Markdown table.
struct LakeformBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lakeform-bench",
        abstract: "In-process Lakeform benchmarks; benchmarks/run.sh runs them next to the end-to-end ones.",
        subcommands: [ValuesDiffBench.self, BlueprintEvaluationBench.self, PipelineBench.self]
    )
}
