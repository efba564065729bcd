import ArgumentParser
import Foundation
import LakeModel
import Planning
import StateStore

/// `lakeform apply`: records the new revision in the state and writes generated/, from a saved plan or a fresh one.
struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Record the new revision in the state and write generated/, under the state lock.",
        discussion: """
            `apply FILE` applies a saved plan only if the state has not changed since and the file is exactly as \
            saved (its SHA-256 digests); otherwise it says why and writes nothing. It refuses an empty state beside a \
            generated/ holding lakes (--new-state), a checkout behind the state (git pull), and a breached cost \
            guardrail (exit 3, --allow-guardrail-breach). An apply that dies part-way is finished (or discarded) by \
            the next command.
            """
    )

    @OptionGroup var options: BlueprintOptions
    @OptionGroup var stateOptions: StateOptions
    @OptionGroup var applyOptions: ApplyOptions

    @Flag(help: "Apply although the state has no revision while generated/ holds lakes: start a new state here.")
    var newState = false

    @Flag(help: "Apply although a lake breaches its cost guardrails (maxMonthlyCost, maxCostPerTB).")
    var allowGuardrailBreach = false

    func run() throws {
        try ApplySession.run(stateOptions, generated: applyOptions.generated, overwriteDrift: applyOptions.overwriteDrift,
                             operation: "apply") { session, snapshot in
            let saved = try options.paths.count == 1 && PlanFile.isPlanFile(options.paths[0])
                ? PlanFile.load(options.paths[0], command: "apply") : nil
            try EmptyState.check(snapshot, generated: session.generated, state: stateOptions.locationDescription, newState: newState)
            let computed = try saved == nil
                ? DesiredState.compute(options, generated: session.generated,
                                       trusted: try DesiredState.trusted(snapshot, store: session.store), recorded: snapshot)
                : nil
            let drifted = try session.checkDrift(snapshot, writing: saved?.writtenArtifacts ?? computed?.artifacts ?? [], adoptingStrays: newState)
            let artifacts: [Artifact], plan: Plan, hashes: [String: String], topologies: [String: RecordedTopology]
            if let saved {
                try saved.checkCurrent(snapshot)
                try saved.checkChanges(against: snapshot)
                (artifacts, plan, hashes, topologies) = (saved.writtenArtifacts, saved.plan, saved.blueprintHashes, saved.topologies)
                try GuardrailGate.check(artifacts, allowed: allowGuardrailBreach)
            } else if let desired = computed {
                artifacts = desired.artifacts
                hashes = desired.blueprintHashes
                topologies = desired.topologies(serial: snapshot.serial + 1)
                plan = Planner.plan(desired: artifacts, recorded: snapshot.artifacts.mapValues(\.contents))
                Console.out(PlanTextRenderer.render(plan, color: Console.colorEnabled))
                guard !plan.isEmpty else {
                    if !drifted.isEmpty { try restore(session, artifacts, snapshot, count: drifted.count) }
                    return
                }
                try GuardrailGate.check(artifacts, allowed: allowGuardrailBreach)
                try applyOptions.confirm()
            } else {
                return
            }
            let revision = try session.commit(artifacts, over: snapshot, plan: plan,
                                              draft: RevisionDraft(blueprintHashes: hashes, summary: plan.summary.line, topologies: topologies))
            Console.out(ApplyOptions.completion(plan, serial: revision.serial))
        }
    }

    /// Rewrites generated/ from the unchanged revision, discarding hand edits (only with --overwrite-drift).
    private func restore(_ session: ApplySession, _ artifacts: [Artifact], _ snapshot: StateSnapshot, count: Int) throws {
        let scopes = DesiredState.scopes(for: artifacts, recorded: snapshot)
        try GeneratedTree(root: session.generated).write(artifacts, scopes: scopes)
        try session.discardStrays(artifacts, scopes: scopes)
        Console.out("Restored \(count) drifted file\(count == 1 ? "" : "s") under \(session.generated)/ to state serial \(snapshot.serial).")
    }
}

/// Options `apply` and `rollback` share.
struct ApplyOptions: ParsableArguments {
    @Flag(help: "Apply without asking for confirmation.")
    var autoApprove = false

    @Option(help: "The folder generated artifacts are written to.")
    var generated = "generated"

    @Flag(help: "Overwrite files under generated/ that were changed by hand since the last apply.")
    var overwriteDrift = false

    /// Asks on the terminal, as Terraform does, unless --auto-approve; only `yes` proceeds.
    func confirm() throws {
        guard !autoApprove else { return }
        Console.out("\nDo you want to perform these actions?\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: ", terminator: "")
        guard let answer = readLine() else {
            Console.out("")
            Console.error("error: no answer: standard input is closed, so nothing was applied [apply.noInput]")
            Console.error("  note: in CI, save the reviewed plan (lakeform plan --out FILE) and run lakeform apply FILE, or pass --auto-approve")
            throw ExitStatus.failure
        }
        guard answer.trimmingCharacters(in: .whitespaces) == "yes" else {
            Console.error("Apply cancelled.")
            throw ExitStatus.failure
        }
    }

    /// `Apply complete! Artifacts: …`
    static func completion(_ plan: Plan, serial: Int) -> String {
        let summary = plan.summary
        return "Apply complete! Artifacts: \(summary.add) added, \(summary.change) changed, \(summary.destroy) destroyed. State serial \(serial)."
    }
}
