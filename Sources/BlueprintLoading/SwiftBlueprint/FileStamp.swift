import Foundation

/// Identifies a version of a file without reading it: resolved path, size, modification time (ns) and inode, from one `stat`.
enum FileStamp {
    static func of(_ path: String) -> String {
        let resolved = canonicalPath(path) ?? path
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
