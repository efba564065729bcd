import Foundation
import StateStore

/// A state with no revision beside a generated/ that an earlier apply wrote: the state file was lost, emptied or
/// never shared, or a new state is started on purpose. `plan` warns; `apply` refuses unless `--new-state`.
enum EmptyState {
    /// The lake folders under `generated` holding what a state records (a helmfile, Helm values or manifests),
    /// when `snapshot` is a state without any revision; empty otherwise.
    static func unrecordedLakes(_ snapshot: StateSnapshot, generated: String) -> [String] {
        guard snapshot.serial == 0 else { return [] }
        let files = FileManager.default
        let folders = (try? files.contentsOfDirectory(atPath: generated)) ?? []
        return folders.filter { folder in
            ["helmfile.yaml", "helm", "manifests"].contains { files.fileExists(atPath: "\(generated)/\(folder)/\($0)") }
        }.sorted()
    }

    /// The warning `plan` prints above a plan that adds everything, or nil when the state has revisions or
    /// generated/ holds no lake.
    static func warning(_ snapshot: StateSnapshot, generated: String, state: String) -> String? {
        let lakes = unrecordedLakes(snapshot, generated: generated)
        guard !lakes.isEmpty else { return nil }
        return """
            Warning: the state at \(state) has no revision, but \(generated)/ holds lake\(lakes.count == 1 ? "" : "s") \
            \(lakes.joined(separator: ", ")) from an earlier apply.
              Everything below is "to add" because the state is empty: it is missing or new, or it is not the state \
            \(generated)/ was applied with (check --state and $LAKEFORM_STATE). If the state was lost, restore it before \
            applying; to start a new state from these blueprints, run `lakeform apply --new-state`.

            """
    }

    /// Exits 1 when the state has no revision but generated/ holds lakes, unless `newState`.
    static func check(_ snapshot: StateSnapshot, generated: String, state: String, newState: Bool) throws {
        let lakes = unrecordedLakes(snapshot, generated: generated)
        guard !newState, !lakes.isEmpty else { return }
        Console.error("error: the state at \(state) has no revision, but \(generated)/ holds lake\(lakes.count == 1 ? "" : "s") "
                      + "\(lakes.joined(separator: ", ")) from an earlier apply; nothing was applied [apply.emptyState]")
        Console.error("  note: point --state (or $LAKEFORM_STATE) at the state \(generated)/ was applied with, restore it, "
                      + "or pass --new-state to start a new state here")
        throw ExitStatus.failure
    }
}
