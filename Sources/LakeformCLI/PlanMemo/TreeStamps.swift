import Foundation

/// One walk of file trees with one `lstat` per entry, as bytes for a plan memo key: every entry's name, type, size,
/// inode and modification and status-change times in nanoseconds, folders closed by an end mark. Refuses (false)
/// anything the memo should not guess at: a symlink, an unreadable folder, or a name `refuse` rejects.
struct TreeStamps {
    /// The entries, encoded; stat fields are raw (not formatted) since a warm plan stamps every generated file.
    private(set) var bytes: [UInt8] = []
    /// The newest modification or status change seen, in nanoseconds since 1970.
    private(set) var newest: Int64 = 0
    /// Whether a `.swift` file was seen.
    private(set) var hasSwift = false

    /// Adds `path` (a file, or a folder, walked) or an absent mark when nothing is there; false when the tree holds
    /// something to refuse.
    mutating func add(_ path: String, refuse: (String) -> Bool = { _ in false }) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else { return false }
            append("a", path, [])
            return true
        }
        return add(path, name: path, info, refuse: refuse)
    }

    private mutating func add(_ path: String, name: String, _ info: stat, refuse: (String) -> Bool) -> Bool {
        let (mtime, ctime) = FileStamp.times(info)
        newest = max(newest, mtime, ctime)
        let fields = [Int64(info.st_size), Int64(truncatingIfNeeded: info.st_ino), mtime, ctime]
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            hasSwift = hasSwift || name.hasSuffix(".swift")
            append("f", name, fields)
            return true
        case S_IFDIR:
            append("d", name, fields)
            guard let entries = Self.entries(in: path) else { return false }
            for (child, childInfo) in entries {
                guard !refuse(child), add("\(path)/\(child)", name: child, childInfo, refuse: refuse) else { return false }
            }
            bytes.append(UInt8(ascii: "e"))
            return true
        default:
            return false
        }
    }

    /// A mark, the name and a NUL (names hold none), then the fields as 8 bytes each.
    private mutating func append(_ mark: Unicode.Scalar, _ name: String, _ fields: [Int64]) {
        bytes.append(UInt8(ascii: mark))
        bytes.append(contentsOf: name.utf8)
        bytes.append(0)
        for field in fields { withUnsafeBytes(of: field.littleEndian) { bytes.append(contentsOf: $0) } }
    }

    /// The entries of a folder but `.` and `..`, each `lstat`ed relative to the open folder (no path walk per
    /// file), in `readdir` order; nil when it cannot be read. Not sorted (sorting cost more than the walk): an
    /// unchanged folder lists in the same order, and another order can only make a key miss, never match.
    private static func entries(in path: String) -> [(name: String, info: stat)]? {
        var entries: [(name: String, info: stat)] = []
        let complete = FolderEntries.forEach(in: path) { name, _, folder in
            var info = stat()
            guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
            entries.append((name, info))
            return true
        }
        return complete ? entries : nil
    }

    /// The stamp of one file (`lstat`), or nil when it is missing or not a regular file.
    static func file(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let (modified, changed) = FileStamp.times(info)
        return "\(path) \(info.st_size) \(info.st_ino) \(modified) \(changed)"
    }
}
