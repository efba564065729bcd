import ArgumentParser
import LakeModel
import StateStore

/// Files under generated/ that differ from the state's current revision: hand edits, deletions,
/// strays. Drift is only reported; nothing overwrites it without being told to.
enum Drift {
    static func differences(_ snapshot: StateSnapshot, generated: String) -> [GeneratedTree.Difference] {
        let recorded = snapshot.artifacts.map { Artifact(path: $0.key, kind: $0.value.kind, contents: $0.value.contents) }
        let scopes = DesiredState.scopes(for: [], recorded: snapshot)
        return GeneratedTree(root: generated).differences(recorded, scopes: scopes)
    }

    /// Terraform-style note listing the drift, or nil when there is none.
    static func report(_ differences: [GeneratedTree.Difference], generated: String, serial: Int) -> String? {
        guard !differences.isEmpty else { return nil }
        let lines = differences.map { "  ! \(generated)/\($0.path) (\($0.change == .extra ? "not in the state" : $0.change.rawValue == "missing" ? "deleted" : "edited by hand"))" }
        return (["Note: generated/ has changed outside of Lakeform since revision \(serial):"] + lines).joined(separator: "\n")
    }
}

/// `lakeform drift`: reports hand edits under generated/ against the recorded state; exit 4 when there are any.
struct DriftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Report files under generated/ that differ from the recorded state (read-only). Exit 0 when none, 4 when drifted."
    )

    @OptionGroup var stateOptions: StateOptions

    @Option(help: "The folder generated artifacts live in.")
    var generated = "generated"

    func run() throws {
        let store = try stateOptions.open()
        try ApplyRecovery.runLocked(store: store, generated: generated, timeout: try stateOptions.timeout(), operation: "drift")
        let snapshot = try StateCall.run { try store.current() }
        let differences = Drift.differences(snapshot, generated: generated)
        guard let report = Drift.report(differences, generated: generated, serial: snapshot.serial) else {
            Console.out("No drift: \(generated)/ matches state serial \(snapshot.serial).")
            return
        }
        Console.out(report)
        throw ExitStatus.drift
    }
}
