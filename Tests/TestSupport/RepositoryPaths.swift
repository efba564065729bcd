import Diagnostics

/// Paths of repository files for tests that read them.
public enum RepositoryPaths {
    /// The package root, found from this file's location.
    public static let root: String = {
        var url = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        if !url.hasPrefix("/") { url = "/" + url }
        return url
    }()

    /// An absolute path for a path relative to the package root.
    public static func path(_ relative: String) -> String { root + "/" + relative }
}

/// Assertion helpers over diagnostics.
public extension Diagnostics {
    /// The ids of the errors, in order.
    var errorIDs: [String] { errors.map(\.id) }

    /// The first diagnostic with `id`, if any.
    func first(_ id: String) -> Diagnostic? { items.first { $0.id == id } }
}
