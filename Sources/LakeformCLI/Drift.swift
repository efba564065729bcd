import ArgumentParser
import Foundation
import LakeModel
import Planning
import StateStore

/// Files and folders under generated/ that differ from the state's current revision: hand edits, deletions, and
/// strays anywhere (inside a recorded lake folder or not). Drift is only reported; nothing overwrites it without
/// being told to.
enum Drift {
    static func differences(_ snapshot: StateSnapshot, generated: String) -> [GeneratedTree.Difference] {
        let recorded = snapshot.artifacts.map { Artifact(path: $0.key, kind: $0.value.kind, contents: $0.value.contents) }
        let scopes = DesiredState.scopes(for: [], recorded: snapshot)
        let tree = GeneratedTree(root: generated)
        let strays = tree.strays(recorded: Set(snapshot.artifacts.keys), scopes: Set(scopes))
        return (tree.differences(recorded, scopes: scopes) + strays).sorted { $0.path < $1.path }
    }

    /// `differences` less what the command about to run writes anyway: a file that already holds the bytes it writes, or
    /// a missing file it deletes. A pull request that commits its own `build` output is then pending, not drifted.
    /// The files are read one per core: before a first apply, every file of generated/ is a difference to read.
    static func excludingPending(_ differences: [GeneratedTree.Difference], writing artifacts: [Artifact],
                                 generated: String) -> [GeneratedTree.Difference] {
        let desired = ArtifactLookup(artifacts)
        let drifted = ParallelResults<Bool>(count: differences.count)
        DispatchQueue.concurrentPerform(iterations: differences.count) { index in
            let difference = differences[index]
            switch difference.change {
            case .missing: drifted.set(index, desired.contents(of: difference.path) != nil)
            case .changed, .extra:
                guard let contents = desired.contents(of: difference.path) else { return drifted.set(index, true) }
                drifted.set(index, !FileContents.equal("\(generated)/\(difference.path)", contents))
            }
        }
        return zip(differences, drifted.values).filter(\.1).map(\.0)
    }

    /// The differences as a plan's `drift` list.
    static func entries(_ differences: [GeneratedTree.Difference]) -> [DriftedFile] {
        differences.map { difference in
            switch difference.change {
            case .missing: DriftedFile(path: difference.path, change: .deleted)
            case .changed: DriftedFile(path: difference.path, change: .edited)
            case .extra: DriftedFile(path: difference.path, change: .notInState)
            }
        }
    }

    /// Terraform-style note listing the drift, or nil when there is none.
    static func report(_ differences: [GeneratedTree.Difference], generated: String, serial: Int) -> String? {
        report(entries(differences), generated: generated, serial: serial)
    }

    /// The note for a plan's `drift` list, or nil when it is empty.
    static func report(_ drift: [DriftedFile], generated: String, serial: Int) -> String? {
        guard !drift.isEmpty else { return nil }
        let lines = drift.map { "  ! \(generated)/\($0.path) (\($0.change == .edited ? "edited by hand" : $0.change.rawValue))" }
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
        let read = try LockedSnapshot.read(store: store, generated: generated, timeout: try stateOptions.timeout(), operation: "drift")
        if let behind = read.behind {
            Console.out("No hand edits: \(behind.message).")
            return
        }
        guard let report = Drift.report(read.drift, generated: generated, serial: read.snapshot.serial) else {
            Console.out("No drift: \(generated)/ matches state serial \(read.snapshot.serial).")
            return
        }
        Console.out(report)
        let lakes = EmptyState.unrecordedLakes(read.snapshot, generated: generated)
        if !lakes.isEmpty {
            Console.out("  The state at \(stateOptions.locationDescription) has no revision, so every file of \(lakes.joined(separator: ", ")) "
                        + "is not in it: is --state (or $LAKEFORM_STATE) the state \(generated)/ was applied with?")
        }
        throw ExitStatus.drift
    }
}
