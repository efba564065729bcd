import Foundation
#if canImport(Darwin)
import Darwin

private func times(_ info: stat) -> (modified: timespec, changed: timespec) { (info.st_mtimespec, info.st_ctimespec) }
#else
import Glibc

private func times(_ info: stat) -> (modified: timespec, changed: timespec) { (info.st_mtim, info.st_ctim) }
#endif

/// One walk of a file tree with one `lstat` per entry: every path with its type, size, inode and modification and
/// status-change times in nanoseconds, as lines of a plan memo key. Nil for anything the memo should not guess at:
/// a symlink, an unreadable folder, or a name `refuse` rejects.
struct TreeStamps {
    /// The lines, one per entry, in sorted path order.
    private(set) var lines: [String] = []
    /// The newest modification or status change seen, in nanoseconds since 1970.
    private(set) var newest: Int64 = 0
    /// Whether a `.swift` file was seen.
    private(set) var hasSwift = false

    /// Adds `path` (a file or a folder, walked) or an `absent` line when nothing is there; false when the tree
    /// holds something to refuse.
    mutating func add(_ path: String, refuse: (String) -> Bool = { _ in false }) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else { return false }
            lines.append("absent \(path)")
            return true
        }
        return add(path, info, refuse: refuse)
    }

    private mutating func add(_ path: String, _ info: stat, refuse: (String) -> Bool) -> Bool {
        let (modified, changed) = times(info)
        let mtime = Self.nanoseconds(modified), ctime = Self.nanoseconds(changed)
        newest = max(newest, mtime, ctime)
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            hasSwift = hasSwift || path.hasSuffix(".swift")
            lines.append("f \(path) \(info.st_size) \(info.st_ino) \(mtime) \(ctime)")
            return true
        case S_IFDIR:
            lines.append("d \(path) \(info.st_ino) \(mtime) \(ctime)")
            guard let names = Self.names(in: path) else { return false }
            for name in names {
                guard !refuse(name) else { return false }
                var child = stat()
                let childPath = "\(path)/\(name)"
                guard lstat(childPath, &child) == 0, add(childPath, child, refuse: refuse) else { return false }
            }
            return true
        default:
            return false
        }
    }

    /// The names in a folder but `.` and `..`, sorted; nil when it cannot be read.
    private static func names(in path: String) -> [String]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The stamp of one file (`lstat`), or nil when it is missing or not a regular file.
    static func file(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let (modified, changed) = times(info)
        return "\(path) \(info.st_size) \(info.st_ino) \(nanoseconds(modified)) \(nanoseconds(changed))"
    }

    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
    }
}
