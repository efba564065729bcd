/// Why the schema catalog, or a file in it, could not be used.
public enum SchemaCatalogError: Error, Equatable, CustomStringConvertible {
    /// No folder with `schemas/` and `charts/` was found.
    case notFound(tried: [String], variable: String)
    /// A file exists but could not be read or compiled.
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let tried, let variable):
            "no schema catalog (a folder with schemas/ and charts/) found; tried \(tried.joined(separator: ", ")). "
                + "Set \(variable) to the schemas/upstream folder of a Lakeform checkout."
        case .unreadable(let path, let reason):
            "\(path): \(reason)"
        }
    }
}
