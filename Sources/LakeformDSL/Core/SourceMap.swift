/// Wire paths relative to one declaration (`""` for itself, `jobs[0]`, `components.kafka`),
/// mapped to the blueprint line that declared them. Parents re-root their children's maps.
struct SourceMap: Sendable, Equatable {
    private(set) var entries: [String: Wire.SourceLocation] = [:]

    /// Records `location` for `path` unless an earlier declaration already did.
    mutating func record(_ path: String, _ location: Wire.SourceLocation) {
        if entries[path] == nil {
            entries[path] = location
        }
    }

    /// Adds every entry of `child` under `prefix`: `jobs[0]` under `spark` becomes `spark.jobs[0]`.
    mutating func merge(_ child: SourceMap, under prefix: String) {
        for (path, location) in child.entries {
            record(Self.join(prefix, path), location)
        }
    }

    /// Joins wire paths the way the host keys them: dots between names, `[i]` for indexes.
    static func join(_ prefix: String, _ path: String) -> String {
        if path.isEmpty { return prefix }
        if prefix.isEmpty || path.hasPrefix("[") { return prefix + path }
        return prefix + "." + path
    }
}
