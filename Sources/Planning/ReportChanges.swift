/// Generated reports (anything under a `reports/` folder: cost.md, cost.json, capacity, tiers.md, index.html) are
/// derived from the blueprints, so a pull-request comment names them in one line per folder instead of diffing them.
enum ReportChanges {
    /// Whether the artifact lies under a folder named `reports`.
    static func isReport(_ path: String) -> Bool { path.split(separator: "/").dropLast().contains("reports") }

    /// `cost.md, cost.json, capacity.md: updated; index.html: added`, one entry per report folder, sorted by folder.
    static func lines(_ changes: [ArtifactChange]) -> [(folder: String, text: String)] {
        let folders = Dictionary(grouping: changes.filter { isReport($0.path) }) { change in
            String(change.path[..<(change.path.lastIndex(of: "/") ?? change.path.startIndex)])
        }
        return folders.keys.sorted().map { folder in
            let byAction = Dictionary(grouping: folders[folder]!, by: \.action)
            let parts = Action.allCases.compactMap { action in
                byAction[action].map { files in
                    files.map { String($0.path.split(separator: "/").last ?? "") }.joined(separator: ", ") + ": " + verb(action)
                }
            }
            return (folder, parts.joined(separator: "; "))
        }
    }

    private static func verb(_ action: Action) -> String {
        switch action {
        case .create: "added"
        case .update: "updated"
        case .delete: "removed"
        case .replace: "replaced"
        }
    }
}
