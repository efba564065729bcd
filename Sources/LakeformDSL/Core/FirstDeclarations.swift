/// Remembers where each once-only setting was first declared, to report a second declaration.
struct FirstDeclarations: Sendable {
    private var locations: [String: Wire.SourceLocation] = [:]

    /// Claims `key` for `location`; returns the earlier location when `key` was already claimed.
    mutating func claim(_ key: String, at location: Wire.SourceLocation) -> Wire.SourceLocation? {
        if let earlier = locations[key] { return earlier }
        locations[key] = location
        return nil
    }
}

extension Wire.SourceLocation {
    /// `file:line:column`, for messages that point at another declaration.
    var citation: String { "\(file):\(line):\(column)" }
}
