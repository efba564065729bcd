import Dispatch
import LakeModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every entry below a folder, files and folders apart, read with `readdir` and its entry types: listing the paths
/// and then asking `fileExists` of each cost a `stat` per file, 131,000 of them for a generated/ of 1,000 lakes.
/// A symbolic link is classified by what it points to, as `fileExists(atPath:isDirectory:)` does, and a link to a
/// folder is not descended into; a dangling link is left out.
enum DirectoryListing {
    /// Paths relative to `root`; nil when `root` cannot be read. The folders at the top (one per lake in generated/)
    /// are walked one per core, and their listings joined in the order one walk gives.
    static func entries(under root: String) -> (files: [String], folders: [String])? {
        var top: [(name: String, type: UInt8)] = []
        guard FolderEntries.forEach(in: root, { name, type, _ in
            top.append((name, type))
            return true
        }) else { return nil }
        let entries = top
        let listings = ParallelResults<(files: [String], folders: [String])>(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            var listing: (files: [String], folders: [String]) = ([], [])
            visit(root, relative: "", name: entries[index].name, type: entries[index].type, into: &listing)
            listings.set(index, listing)
        }
        var listing: (files: [String], folders: [String]) = ([], [])
        for part in listings.values {
            listing.files += part.files
            listing.folders += part.folders
        }
        return listing
    }

    private static func walk(_ folder: String, relative: String, into listing: inout (files: [String], folders: [String])) {
        _ = FolderEntries.forEach(in: folder) { name, type, _ in
            visit(folder, relative: relative, name: name, type: type, into: &listing)
            return true
        }
    }

    /// Lists the entry `name` of `folder` (`relative` to the root), and below it when it is a folder.
    private static func visit(_ folder: String, relative: String, name: String, type: UInt8,
                              into listing: inout (files: [String], folders: [String])) {
        let path = "\(folder)/\(name)", child = relative.isEmpty ? name : "\(relative)/\(name)"
        switch Int32(type) {
        case Int32(DT_DIR):
            listing.folders.append(child)
            walk(path, relative: child, into: &listing)
        case Int32(DT_REG):
            listing.files.append(child)
        default:
            var status = stat()
            guard stat(path, &status) == 0 else { return }
            let isFolder = status.st_mode & S_IFMT == S_IFDIR
            if isFolder { listing.folders.append(child) } else { listing.files.append(child) }
            var link = stat()
            if isFolder, lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFDIR { walk(path, relative: child, into: &listing) }
        }
    }
}
