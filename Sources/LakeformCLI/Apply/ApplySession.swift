import Foundation
import LakeModel
import Planning
import StateStore

/// One locked apply against the state: recover, check for drift, then commit the revision and write generated/.
/// `apply` and `rollback` both run through it.
struct ApplySession {
    let store: any StateStore
    let generated: String
    let overwriteDrift: Bool

    /// Takes the lock, finishes any interrupted apply, and runs `body` with the current revision.
    static func run(
        _ stateOptions: StateOptions, generated: String, overwriteDrift: Bool, operation: String,
        _ body: (ApplySession, StateSnapshot) throws -> Void
    ) throws {
        let store = try stateOptions.open()
        let timeout = try stateOptions.timeout()
        let lock = try StateCall.run { try store.acquireLock(holder: StateHolder.current, operation: operation, timeout: timeout) }
        defer { try? store.release(lock) }
        ApplyCheckpoint.reached("lock")
        let session = ApplySession(store: store, generated: generated, overwriteDrift: overwriteDrift)
        try body(session, try LockedSnapshot.recoveredCurrent(store: store, generated: generated))
    }

    /// The drift under generated/; unless --overwrite-drift, a refusal (exit 4) when there is any. Files that already
    /// hold what this command `writing` writes are not drift. With `adoptingStrays` (`apply --new-state`), files the
    /// state does not record are not drift either: the apply takes them over.
    func checkDrift(_ snapshot: StateSnapshot, writing: [Artifact] = [], adoptingStrays: Bool = false) throws -> [GeneratedTree.Difference] {
        let differences = Drift.differences(snapshot, generated: generated)
        let drifted = Drift.excludingPending(differences, writing: writing, generated: generated)
            .filter { !adoptingStrays || $0.change != .extra }
        // A checkout behind the state is found from the raw differences: its old blueprints write its old files.
        if !differences.isEmpty, let behind = try StateCall.run({ try BehindCheckout.find(store: store, current: snapshot, generated: generated) }) {
            Console.error("error: \(behind.message); nothing was applied [apply.behind]")
            let undone = behind.revision.serial + 1 == snapshot.serial ? "serial \(snapshot.serial)" : "serials \(behind.revision.serial + 1)–\(snapshot.serial)"
            Console.error("  note: applying from this checkout would undo \(undone); run `git pull`, then plan again")
            throw ExitStatus.failure
        }
        if !overwriteDrift, let drift = Drift.report(drifted, generated: generated, serial: snapshot.serial) {
            Console.error(drift)
            Console.error("error: refusing to overwrite hand edits under \(generated)/ [apply.drift]")
            Console.error("  note: move the edits into the blueprint, or rerun with --overwrite-drift to discard them")
            throw ExitStatus.drift
        }
        return drifted
    }

    /// With --overwrite-drift, removes what drift found outside the folders a write replaces: files outside every lake
    /// folder and empty folders, so generated/ holds exactly `artifacts` afterwards.
    func discardStrays(_ artifacts: [Artifact], scopes: [String]) throws {
        guard overwriteDrift else { return }
        let tree = GeneratedTree(root: generated)
        for stray in tree.strays(recorded: Set(artifacts.map(\.path)), scopes: Set(scopes)) {
            try FileManager.default.removeItem(atPath: "\(generated)/\(stray.path)")
        }
    }

    /// Records `artifacts` as the next revision, then writes generated/. The journal written first lets the next
    /// command finish the write if this process dies after the commit.
    func commit(_ artifacts: [Artifact], over snapshot: StateSnapshot, plan: Plan, draft: RevisionDraft) throws -> RevisionInfo {
        let scopes = DesiredState.scopes(for: artifacts, recorded: snapshot)
        do {
            try GeneratedTree.checkContainment(artifacts, scopes: scopes)
            try ApplyJournal(lineage: snapshot.lineage, serial: snapshot.serial + 1).write(generated: generated)
        } catch {
            Console.error("error: \(error) [apply.write]")
            throw ExitStatus.failure
        }
        ApplyCheckpoint.reached("journal")
        let revision: RevisionInfo
        do {
            revision = try StateCall.run {
                try store.commit(artifacts: artifacts, expectedLineage: snapshot.lineage, expectedSerial: snapshot.serial, info: draft)
            }
        } catch {
            try? ApplyJournal.remove(generated: generated)
            throw error
        }
        ApplyCheckpoint.reached("commit")
        do {
            try GeneratedTree(root: generated).write(artifacts, scopes: scopes) { ApplyCheckpoint.reached("scope") }
            try discardStrays(artifacts, scopes: scopes)
            ApplyCheckpoint.reached("write")
            try ApplyJournal.remove(generated: generated)
        } catch {
            Console.error("error: state serial \(revision.serial) is recorded, but writing \(generated)/ failed: \(error) [apply.write]")
            Console.error("  note: fix the cause and run any lakeform command (such as `lakeform drift`); it finishes the write")
            throw ExitStatus.failure
        }
        return revision
    }
}
