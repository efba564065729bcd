import Foundation

/// Confines files that blueprints name (price books) to the repository: the working directory Lakeform runs in.
enum RepositoryFile {
    /// Whether `path`, relative to the working directory, names a file with one of `extensions` whose real location
    /// (`..` folded, symlinks followed) lies inside the working directory. Absolute paths are refused outright.
    static func isInside(_ path: String, extensions: Set<String>, root: String = FileManager.default.currentDirectoryPath) -> Bool {
        guard !path.hasPrefix("/"), extensions.contains((path as NSString).pathExtension.lowercased()) else { return false }
        let base = URL(fileURLWithPath: root).resolvingSymlinksInPath().standardizedFileURL.path
        let target = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: root, isDirectory: true))
            .standardizedFileURL.resolvingSymlinksInPath().path
        return target.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }
}
