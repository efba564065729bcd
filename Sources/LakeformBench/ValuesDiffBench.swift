import ArgumentParser
import ArtifactValidation
import LakeModel
import Planning
import Yams

/// `lakeform-bench diff`: `Planner.plan` on one large Helm values file with a few hundred changed keys,
/// the same diff without `BlockDiff`'s fast path, and the YAML parse that dominates that.
struct ValuesDiffBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: "Time a key-path diff of two generated Helm values files (default 5 MB, 300 changed keys).")

    @Option(help: "Size of each values file in MB.")
    var megabytes = 5.0

    @Option(help: "How many leaves differ.")
    var changes = 300

    @Option(help: "Timed runs of each case.")
    var runs = 10

    @Option(help: "The limit for the whole diff, in milliseconds.")
    var limit = 100.0

    func run() throws {
        let documents = ValuesDocuments.pair(bytes: Int(megabytes * 1_000_000), changes: changes)
        let path = "bench/helm/services.values.yaml"
        let desired = [Artifact(path: path, kind: .helmValues, contents: documents.after)]
        var plan: Plan?
        let diff = Stopwatch.measure(runs: runs, warmup: 1) { plan = Planner.plan(desired: desired, recorded: [path: documents.before]) }
        let found = plan?.changes.first?.keyPathChanges.count ?? 0
        guard found == documents.changedLeaves else {
            throw ValidationError("the plan found \(found) key-path changes, expected \(documents.changedLeaves)")
        }
        let size = "\(documents.before.utf8.count / 1_000) kB + \(documents.after.utf8.count / 1_000) kB"
        var table = ResultTable()
        table.add("key-path diff, `Planner.plan` (\(size), \(found) changes)", diff, limit: limit)
        let commented = [Artifact(path: path, kind: .helmValues, contents: documents.after + "# end\n")]
        let composed = Stopwatch.measure(runs: runs) { plan = Planner.plan(desired: commented, recorded: [path: documents.before]) }
        guard plan?.changes.first?.keyPathChanges.count == found else { throw ValidationError("Yams found other key-path changes") }
        table.add("the same diff by Yams alone (a comment in the body leaves `BlockDiff`'s subset)", composed)
        for (name, resolver) in [("default", Resolver.default), ("basic", Resolver.basic)] {
            let parse = try Stopwatch.measure(runs: runs, warmup: 1) { try Self.parse(documents.before, resolver: resolver) }
            table.add("one side's YAML parse alone, Yams `Resolver.\(name)`", parse)
        }
        let reader = try Stopwatch.measure(runs: runs, warmup: 1) { _ = try JSONValue.documents(yaml: documents.before) }
        table.add("one side's YAML read alone, `JSONValue.documents` (ArtifactValidation's reader for YAMLWriter output)", reader)
        print(table.render())
    }

    /// Composes every document, as `PlanTree.documents` does, with the given resolver.
    static func parse(_ text: String, resolver: Resolver) throws {
        let parser = try Parser(yaml: text, resolver: resolver, encoding: .utf8)
        while try parser.nextRoot() != nil {}
    }
}
