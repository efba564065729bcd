import Foundation

/// Drift outside what a revision records: every file and folder under generated/ is accounted for.
extension GeneratedTree {
    /// Files outside `scopes` (the top-level folders a revision records) and empty folders that hold no recorded
    /// path, each as `.extra`; a folder's path ends with `/`. Lakeform's own scratch entries are left out.
    func strays(recorded: Set<String>, scopes: Set<String>) -> [Difference] {
        let files = FileManager.default
        guard let entries = try? files.subpathsOfDirectory(atPath: root) else { return [] }
        let recordedFolders = Set(recorded.flatMap { path in
            let parts = path.split(separator: "/").dropLast()
            return parts.indices.map { parts[...$0].joined(separator: "/") }
        })
        var strays: [Difference] = []
        for relative in entries {
            let top = String(relative.prefix { $0 != "/" })
            guard !GeneratedScratch.isScratch(top) else { continue }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: "\(root)/\(relative)", isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if !recordedFolders.contains(relative), (try? files.contentsOfDirectory(atPath: "\(root)/\(relative)"))?.isEmpty == true {
                    strays.append(Difference(change: .extra, path: relative + "/"))
                }
            } else if !scopes.contains(top) {
                strays.append(Difference(change: .extra, path: relative))
            }
        }
        return strays
    }
}
