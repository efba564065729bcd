import ArgumentParser
import Foundation
import LakeModel
import Planning
import StateStore

/// `lakeform apply`: writes generated/ and records a new revision, from a saved plan or a fresh one.
struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Write generated/ and record the new revision in the state, under the state lock.",
        discussion: "`apply FILE` applies a saved plan only if the state has not changed since; otherwise it says the plan is stale and writes nothing."
    )

    @OptionGroup var options: BlueprintOptions
    @OptionGroup var stateOptions: StateOptions

    @Flag(help: "Apply without asking for confirmation.")
    var autoApprove = false

    @Option(help: "The folder generated artifacts are written to.")
    var generated = "generated"

    @Flag(help: "Overwrite files under generated/ that were changed by hand since the last apply.")
    var overwriteDrift = false

    func run() throws {
        let store = try stateOptions.open()
        let holder = "\(ProcessInfo.processInfo.environment["USER"] ?? "unknown")@\(ProcessInfo.processInfo.hostName)"
        let lock = try StateCall.run { try store.acquireLock(holder: holder, operation: "apply", timeout: try stateOptions.timeout()) }
        defer { try? store.release(lock) }
        let snapshot = try StateCall.run { try store.current() }
        let drifted = Drift.differences(snapshot, generated: generated)
        if !overwriteDrift, let drift = Drift.report(drifted, generated: generated, serial: snapshot.serial) {
            Console.error(drift)
            Console.error("error: refusing to overwrite hand edits under \(generated)/ [apply.drift]")
            Console.error("  note: move the edits into the blueprint, or rerun with --overwrite-drift to discard them")
            throw ExitStatus.drift
        }
        let artifacts: [Artifact], plan: Plan, hashes: [String: String]
        if options.paths.count == 1, let saved = PlanFile.read(options.paths[0]) {
            guard saved.lineage == snapshot.lineage, saved.serial == snapshot.serial else {
                Console.error("Error: Saved plan is stale [apply.stalePlan]")
                Console.error("  The plan was made against state serial \(saved.serial); the state is now at serial \(snapshot.serial). "
                              + "Run `lakeform plan` again.")
                throw ExitStatus.failure
            }
            (artifacts, plan, hashes) = (saved.artifacts, saved.plan, [:])
        } else {
            let desired = try DesiredState.compute(options)
            artifacts = desired.artifacts
            hashes = desired.blueprintHashes
            plan = Planner.plan(desired: artifacts, recorded: snapshot.artifacts.mapValues(\.contents))
            Console.out(PlanTextRenderer.render(plan, color: Console.colorEnabled))
            guard !plan.isEmpty else {
                if !drifted.isEmpty { try restore(artifacts, snapshot, count: drifted.count) }
                return
            }
            if !autoApprove, !Self.confirmed() {
                Console.error("Apply cancelled.")
                throw ExitStatus.failure
            }
        }
        do {
            try GeneratedTree(root: generated).write(artifacts, scopes: DesiredState.scopes(for: artifacts, recorded: snapshot))
        } catch {
            Console.error("error: \(error) [apply.write]")
            throw ExitStatus.failure
        }
        let revision = try StateCall.run {
            try store.commit(artifacts: artifacts, expectedLineage: snapshot.lineage, expectedSerial: snapshot.serial,
                             info: RevisionDraft(blueprintHashes: hashes, summary: plan.summary.line))
        }
        let summary = plan.summary
        Console.out("Apply complete! Artifacts: \(summary.add) added, \(summary.change) changed, \(summary.destroy) destroyed. State serial \(revision.serial).")
    }

    /// Rewrites generated/ from the unchanged revision, discarding hand edits (only with --overwrite-drift).
    private func restore(_ artifacts: [Artifact], _ snapshot: StateSnapshot, count: Int) throws {
        try GeneratedTree(root: generated).write(artifacts, scopes: DesiredState.scopes(for: artifacts, recorded: snapshot))
        Console.out("Restored \(count) drifted file\(count == 1 ? "" : "s") under \(generated)/ to state serial \(snapshot.serial).")
    }

    /// Asks on the terminal, as Terraform does; only `yes` proceeds.
    static func confirmed() -> Bool {
        Console.out("\nDo you want to perform these actions?\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: ", terminator: "")
        return readLine()?.trimmingCharacters(in: .whitespaces) == "yes"
    }
}
