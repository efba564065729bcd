import Foundation

/// Identifies a version of a file without reading it: resolved path, size, modification time (ns) and inode, from one `stat`.
enum FileStamp {
    static func of(_ path: String) -> String {
        stamp(canonicalPath(path) ?? path)
    }

    /// The stamps of files that mostly share folders (the DSL runtime's objects): each folder is resolved once, and
    /// a file that is no symlink itself resolves to its resolved folder and its name, as `realpath` would say.
    static func of(_ paths: [String]) -> [String] {
        var folders: [String: String] = [:]
        return paths.map { path in
            // Split by hand: bridging to NSString for its path methods cost 7 M instructions on first use.
            guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return of(path) }
            let folder = String(path[..<slash]), name = String(path[path.index(after: slash)...])
            var info = stat()
            guard !name.isEmpty, name != ".", name != "..", let resolved = folders[folder] ?? canonicalPath(folder) else { return of(path) }
            folders[folder] = resolved
            let file = resolved.hasSuffix("/") ? resolved + name : resolved + "/" + name
            guard lstat(file, &info) == 0, info.st_mode & S_IFMT != S_IFLNK else { return of(path) }
            return stamp(file)
        }
    }

    private static func stamp(_ resolved: String) -> String {
        var info = stat()
        guard stat(resolved, &info) == 0 else { return "\(resolved)|missing" }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        let nanoseconds = Int64(modified.tv_sec) &* 1_000_000_000 &+ Int64(modified.tv_nsec)
        return "\(resolved)|\(info.st_size)|\(nanoseconds)|\(info.st_ino)"
    }

    /// `realpath(3)`: one call instead of Foundation's component-by-component walk; nil when the file is missing.
    static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
