import ArtifactValidation

/// `schemas/blueprint.schema.json` addressed by wire keys such as `lakes[].components.kafka.replicationFactor`.
public struct BlueprintSchema: Sendable {
    public var root: JSONValue

    public init(root: JSONValue) { self.root = root }

    /// The schema node of a wire key, following `$ref`s, array items and map values; nil when the key does not exist.
    public func node(_ wire: String) -> JSONValue? {
        path(wire).map { at($0) }
    }

    /// The JSON path (object keys) of a wire key's node, so it can be read and annotated.
    func path(_ wire: String) -> [String]? {
        var path: [String] = []
        for segment in wire.split(separator: ".").map(String.init) {
            let isList = segment.hasSuffix("[]")
            let name = isList ? String(segment.dropLast(2)) : segment
            path = resolved(path)
            if at(path + ["properties", name]).object != nil {
                path += ["properties", name]
            } else if at(path + ["additionalProperties"]).object != nil {
                path += ["additionalProperties"]
            } else {
                return nil
            }
            if isList {
                path = resolved(path)
                guard at(path + ["items"]).object != nil else { return nil }
                path += ["items"]
            }
        }
        return path
    }

    /// Follows a `$ref` at `path` to its `$defs` entry.
    private func resolved(_ path: [String]) -> [String] {
        guard let reference = at(path + ["$ref"]).text, reference.hasPrefix("#/$defs/") else { return path }
        return ["$defs", String(reference.dropFirst("#/$defs/".count))]
    }

    /// The node at `path`; `.null` when absent.
    func at(_ path: [String]) -> JSONValue {
        path.reduce(root) { node, key in node.object?[key] ?? .null }
    }

    /// The node a wire key's node refers to (its `$ref` target), for bounds and enums declared on shared definitions.
    public func definition(_ wire: String) -> JSONValue? {
        path(wire).map { at(resolved($0)) }
    }

    /// Sets `key` of the node at `path`.
    mutating func set(_ key: String, _ value: JSONValue, at path: [String]) {
        root = Self.setting(root, path[...], key, value)
    }

    private static func setting(_ node: JSONValue, _ path: ArraySlice<String>, _ key: String, _ value: JSONValue) -> JSONValue {
        guard var entries = node.object else { return node }
        if let first = path.first {
            entries[first] = setting(entries[first] ?? .object([:]), path.dropFirst(), key, value)
        } else {
            entries[key] = value
        }
        return .object(entries)
    }
}
