import ArgumentParser
import Foundation
import LakeModel
import StateStore

/// Finishes or discards an apply that was interrupted (a crash, a kill, a full disk), so that generated/ and the
/// state agree again: both at the old revision, or both at the new one.
enum ApplyRecovery {
    /// Rolls the journal in `generated` forward or back; call it holding the state lock. Returns what it did.
    static func run(store: any StateStore, generated: String) throws -> String? {
        guard let journal = ApplyJournal.read(generated: generated) else {
            guard ApplyJournal.exists(generated: generated) else { return nil }
            throw GeneratedTree.WriteError(description: "\(ApplyJournal.path(generated)) is unreadable; remove it and run `lakeform drift`")
        }
        let current = try store.current()
        guard current.lineage == journal.lineage, current.serial >= journal.serial,
              let target = try store.revision(journal.serial) else {
            try ApplyJournal.remove(generated: generated)
            return "Discarded an interrupted apply: it never recorded serial \(journal.serial); \(generated)/ was not changed."
        }
        let previous = try store.revision(journal.serial - 1) ?? StateSnapshot(lineage: current.lineage, serial: 0, artifacts: [:])
        let artifacts = target.artifacts.map { Artifact(path: $0.key, kind: $0.value.kind, contents: $0.value.contents) }
        try GeneratedTree(root: generated).write(artifacts, scopes: DesiredState.scopes(for: artifacts, recorded: previous))
        try ApplyJournal.remove(generated: generated)
        return "Finished an interrupted apply: \(generated)/ now matches state serial \(journal.serial)."
    }

    /// Prints what recovery did on stderr, so stdout stays the command's own output.
    static func report(_ message: @autoclosure () throws -> String?) throws {
        do {
            if let message = try StateCall.run(message) { Console.error(message) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Console.error("error: cannot finish an interrupted apply: \(error) [apply.recover]")
            throw ExitStatus.failure
        }
    }
}

/// Who takes the state lock: `user@host`.
enum StateHolder {
    static var current: String {
        "\(ProcessInfo.processInfo.environment["USER"] ?? "unknown")@\(ProcessInfo.processInfo.hostName)"
    }
}
