import ArgumentParser
import LakeModel
import Planning
import StateStore

/// `lakeform rollback --to SERIAL`: plans a return to an earlier revision's artifacts and applies it as a new revision.
struct RollbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollback",
        abstract: "Plan a return to an earlier revision's artifacts, then apply it like any plan (as a new revision).",
        discussion: "History is never rewritten: rolling back to serial 3 from serial 5 records serial 6 with serial 3's artifacts."
    )

    @Option(help: "The serial to return to (see `lakeform state history`).")
    var to: Int

    @OptionGroup var stateOptions: StateOptions
    @OptionGroup var applyOptions: ApplyOptions

    func run() throws {
        try ApplySession.run(stateOptions, generated: applyOptions.generated, overwriteDrift: applyOptions.overwriteDrift,
                             operation: "rollback") { session, snapshot in
            guard to >= 1, let target = try StateCall.run({ try session.store.revision(to) }) else {
                Console.error("error: the state has no revision \(to); it is at serial \(snapshot.serial) [rollback.serial]")
                Console.error("  note: `lakeform state history` lists the revisions")
                throw ExitStatus.failure
            }
            _ = try session.checkDrift(snapshot)
            let artifacts = target.artifacts.map { Artifact(path: $0.key, kind: $0.value.kind, contents: $0.value.contents) }
                .sorted { $0.path < $1.path }
            let plan = Planner.plan(desired: artifacts, recorded: snapshot.artifacts.mapValues(\.contents))
            Console.out("Rolling back from serial \(snapshot.serial) to the artifacts of serial \(to).\n")
            Console.out(PlanTextRenderer.render(plan, color: Console.colorEnabled))
            guard !plan.isEmpty else { return }
            try applyOptions.confirm()
            let hashes = try StateCall.run { try session.store.history() }.first { $0.serial == to }?.blueprintHashes ?? [:]
            let draft = RevisionDraft(blueprintHashes: hashes, summary: "Rollback to serial \(to). \(plan.summary.line)",
                                      topologies: target.topologies)
            let revision = try session.commit(artifacts, over: snapshot, plan: plan, draft: draft)
            Console.out(ApplyOptions.completion(plan, serial: revision.serial))
        }
    }
}
