#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The entries of one folder but `.` and `..`, in `readdir` order, each with its entry type (`DT_DIR`, `DT_REG`, …)
/// and the open folder's descriptor, for `fstatat` relative to it. The plan memo's stamps and drift's listing of
/// generated/ both walk folders this way.
enum FolderEntries {
    /// Calls `body` for each entry until it returns false; false when the folder cannot be opened or `body` stopped.
    static func forEach(in path: String, _ body: (_ name: String, _ type: UInt8, _ folder: Int32) -> Bool) -> Bool {
        guard let folder = opendir(path) else { return false }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            guard body(name, entry.pointee.d_type, dirfd(folder)) else { return false }
        }
        return true
    }
}
