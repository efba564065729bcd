import Foundation

/// Drift outside what a revision records: every file and folder under generated/ is accounted for.
extension GeneratedTree {
    /// Files outside `scopes` (the top-level folders a revision records) and folders holding no file and no recorded
    /// path (the topmost of them), each as `.extra`; a folder's path ends with `/`. Lakeform's scratch entries are left out.
    func strays(recorded: Set<String>, scopes: Set<String>) -> [Difference] {
        guard let entries = DirectoryListing.entries(under: root) else { return [] }
        let kept = { (relative: String) in !GeneratedScratch.isScratch(DesiredState.lake(of: relative)) }
        let folders = entries.folders.filter(kept), regularFiles = entries.files.filter(kept)
        let occupied = Set((regularFiles + recorded).flatMap(Self.ancestors))
        let emptyFolders = folders.filter { folder in
            guard !occupied.contains(folder) else { return false }
            let parent = Self.ancestors(of: folder).last
            return parent.map(occupied.contains) ?? true
        }
        let outside = regularFiles.filter { !scopes.contains(DesiredState.lake(of: $0)) }
        return (outside.map { Difference(change: .extra, path: $0) } + emptyFolders.map { Difference(change: .extra, path: $0 + "/") })
            .sorted { $0.path < $1.path }
    }

    /// The folders above `path`, outermost first: `a/b/c.yaml` → `a`, `a/b`; empty parts are skipped and a trailing
    /// `/` ends no part, as splitting at `/` does. Prefixes are cut at each `/` byte: a warm plan asks this of every
    /// generated and recorded file (splitting and joining the parts cost 12 M instructions for 828 files).
    static func ancestors(of path: String) -> [String] {
        var folders: [String] = []
        let bytes = path.utf8
        var partStart = bytes.startIndex, index = bytes.startIndex
        var hasEmptyPart = false
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "/") {
                if index == partStart {
                    hasEmptyPart = true
                } else {
                    let folder = Substring(bytes[..<index])
                    folders.append(hasEmptyPart ? normalized(folder) : String(folder))
                }
                partStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if partStart == bytes.endIndex, !folders.isEmpty { folders.removeLast() }
        return folders
    }

    /// `folder` with its empty parts dropped: `/a//b` → `a/b`.
    private static func normalized(_ folder: Substring) -> String {
        folder.split(separator: "/").joined(separator: "/")
    }
}
