/// A file or folder under generated/ that differs from the state's current revision, as a plan reports it.
public struct DriftedFile: Sendable, Codable, Equatable {
    /// How it differs.
    public enum Change: String, Sendable, Codable {
        case edited
        case deleted
        case notInState = "not in the state"
    }

    /// Relative to generated/; a folder ends with `/`.
    public var path: String
    public var change: Change

    public init(path: String, change: Change) {
        self.path = path
        self.change = change
    }
}
