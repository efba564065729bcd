import ArgumentParser
import Foundation
import Planning
import StateStore

/// `lakeform plan`: what `apply` would change in generated/ and the recorded state.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show the changes between the recorded state and what the blueprints produce: key-path diffs and destructive changes.",
        discussion: "Exit 3 when a lake breaches a cost guardrail (wins over the others). "
            + "With --detailed-exitcode: 0 no changes, 1 error, 2 changes, 6 generated/ drifted (wins over 2). "
            + "With --fail-on-destructive: 5 when the Destructive section is not empty (it wins over 6 and 2). "
            + "--out saves the plan for `lakeform apply FILE`."
    )

    /// Output formats for a plan.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json

        /// Markdown and JSON are documents: stdout carries them alone, and messages go to stderr.
        var isDocument: Bool { self != .text }
    }

    @OptionGroup var options: BlueprintOptions
    @OptionGroup var stateOptions: StateOptions

    @Option(help: "Save the plan to FILE for `lakeform apply FILE`.")
    var out: String?

    @Option(help: "text, markdown (for a pull-request comment) or json.")
    var format: Format = .text

    @Flag(help: "Exit 2 when there are changes, 6 when generated/ has drifted, 0 when neither.")
    var detailedExitcode = false

    @Flag(help: "Exit 5 when the plan has destructive changes, for CI gates.")
    var failOnDestructive = false

    mutating func validate() throws { out = out.map(RepositoryRoot.rebase) }

    func run() throws {
        let memo = PlanMemo.Recording(self, arguments: Array(CommandLine.arguments.dropFirst()))
        do {
            try plan(memo: memo)
            memo?.finish(status: 0)
        } catch let status as ExitCode {
            memo?.finish(status: status.rawValue)
            throw status
        } catch {
            memo?.finish(status: 1)
            throw error
        }
    }

    /// Plans; `memo` records it for the plan memo.
    private func plan(memo: PlanMemo.Recording?) throws {
        let store = try stateOptions.open()
        var read = try LockedSnapshot.read(store: store, generated: "generated", timeout: try stateOptions.timeout(), operation: "plan")
        let snapshot = read.snapshot
        let desired = try DesiredState.compute(options, generated: "generated", trusted: try DesiredState.trusted(snapshot, store: store),
                                               recorded: snapshot)
        memo?.cover(priceBookFiles: desired.priceBookFiles)
        // Drift reads generated/ and the guardrails read the cost reports while the planner, mostly on one core,
        // compares: all three are a first plan's long tail.
        let drift = BackgroundValue { [read, desired] in Drift.excludingPending(read.drift, writing: desired.artifacts, generated: "generated") }
        let breaches = BackgroundValue { [desired] in GuardrailBreach.find(in: desired.artifacts) }
        var plan = Planner.plan(desired: desired.artifacts, recorded: snapshot.artifacts.mapValues(\.contents))
        read.drift = drift.value
        plan.drift = Drift.entries(read.drift)
        PlanNotes.print(read, generated: "generated", state: stateOptions.locationDescription, besideDocument: format.isDocument)
        Console.out(try Self.render(plan, format, project: options.paths.isEmpty ? "blueprints" : options.paths.joined(separator: " "),
                                    notes: Self.notes(plan, serial: snapshot.serial) + [desired.scopeNote].compactMap { $0 }))
        if let out {
            try PlanFile(snapshot: snapshot, plan: plan, artifacts: desired.artifacts, blueprintHashes: desired.blueprintHashes,
                         topologies: desired.topologies(serial: snapshot.serial + 1)).write(to: out)
            Console.message((format.isDocument ? "" : "\n") + "Saved the plan to \(RepositoryRoot.display(out)). To apply exactly these changes, run: lakeform apply \(RepositoryRoot.display(out))",
                            besideDocument: format.isDocument)
        }
        if GuardrailGate.report(breaches.value) { throw ExitStatus.costGuardrail }
        if failOnDestructive, !plan.destructive.isEmpty { throw ExitStatus.destructive }
        if detailedExitcode, !plan.drift.isEmpty { throw ExitStatus.planDrift }
        if detailedExitcode, !plan.isEmpty { throw ExitStatus.changes }
    }

    /// Why a plan against a state that never recorded an apply (serial 0) adds everything.
    static func notes(_ plan: Plan, serial: Int) -> [String] {
        serial == 0 && plan.summary.add > 0 ? [PlanSummary.emptyStateNote] : []
    }

    /// - Parameters: project: what the plan covers, for the Markdown comment's marker; notes: lines shown with the summary.
    static func render(_ plan: Plan, _ format: Format, project: String = "blueprints", notes: [String] = []) throws -> String {
        switch format {
        case .text: PlanTextRenderer.render(plan, color: Console.colorEnabled, notes: notes)
        case .markdown: PlanMarkdownRenderer.render(plan, project: project, notes: notes)
        case .json: try PlanJSONRenderer.render(plan)
        }
    }
}

/// Turns state errors into a clear message and exit 1.
enum StateCall {
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StateError {
            Console.error("error: \(error) [state]")
            if case let .locked(by) = error, by.host == ProcessInfo.processInfo.hostName, kill(pid_t(by.pid), 0) != 0, errno == ESRCH {
                Console.error("  note: process \(by.pid) is no longer running on this host, so the lock is stale")
            }
            throw ExitStatus.failure
        }
    }
}
