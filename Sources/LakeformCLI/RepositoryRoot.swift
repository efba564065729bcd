import Foundation

/// The blueprint repository a command works in, found as git finds its repository: the nearest folder, from the
/// working directory up, that holds `blueprints/` or `.lakeform/`. The search stops at the top of a git checkout
/// (a folder holding `.git`) and at `/`; without a match the command stays where it was started. Every command runs
/// in the root, so `generated/`, `.lakeform/` (the default state and the caches) and price books are the
/// repository's wherever it is started. Paths given on the command line stay relative to where it was started.
enum RepositoryRoot {
    /// The folders that mark a repository root.
    static let markers = ["blueprints", ".lakeform"]

    /// Where the command was started, relative to the root: `""` at the root or outside any repository,
    /// `blueprints/examples` two folders down. Reading it the first time moves into the root.
    static let startedIn: String = enter()

    /// The nearest folder from `start` upwards that holds a marker folder, or nil.
    static func locate(from start: String) -> String? {
        var folder = URL(fileURLWithPath: start).standardizedFileURL
        while true {
            if markers.contains(where: { isDirectory(folder.appendingPathComponent($0).path) }) { return folder.path }
            let parent = folder.deletingLastPathComponent()
            guard !FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path), parent.path != folder.path else {
                return nil
            }
            folder = parent
        }
    }

    /// A path the user gave relative to where the command was started, made relative to the root (or absolute when
    /// it leads out of the root). Absolute paths are kept.
    static func rebase(_ path: String) -> String {
        guard !startedIn.isEmpty, !path.isEmpty, !path.hasPrefix("/") else { return path }
        let root = FileManager.default.currentDirectoryPath
        let full = URL(fileURLWithPath: "\(root)/\(startedIn)/\(path)").standardizedFileURL.path
        return full.hasPrefix(root + "/") ? String(full.dropFirst(root.count + 1)) : full == root ? "." : full
    }

    /// A path relative to the root, as the user reaches it from where the command was started (the inverse of
    /// `rebase`), for messages that tell what to run next.
    static func display(_ path: String) -> String {
        guard !startedIn.isEmpty, !path.hasPrefix("/") else { return path }
        let here = startedIn.split(separator: "/"), target = path.split(separator: "/")
        let common = zip(here, target).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: here.count - common) + target.dropFirst(common).map(String.init)).joined(separator: "/")
    }

    /// `--state` as given: a SQLite path is rebased, a PostgreSQL URL kept.
    static func rebaseState(_ location: String) -> String {
        if location.contains("://") { return location }
        if location.hasPrefix("sqlite:") { return "sqlite:" + rebase(String(location.dropFirst("sqlite:".count))) }
        return rebase(location)
    }

    /// `--pricebook`: a file (`.yaml`, `.yml`) is rebased, a bundled book's name kept.
    static func rebasePriceBook(_ name: String) -> String {
        ["yaml", "yml"].contains((name as NSString).pathExtension.lowercased()) ? rebase(name) : name
    }

    /// Moves into the root and says where the command was started, relative to it.
    private static func enter() -> String {
        let start = FileManager.default.currentDirectoryPath
        guard let root = locate(from: start), root != start, FileManager.default.changeCurrentDirectoryPath(root) else { return "" }
        return String(start.dropFirst(root.count).drop { $0 == "/" })
    }

    private static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
