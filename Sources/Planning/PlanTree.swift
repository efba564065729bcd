import Yams

/// A parsed YAML or JSON document reduced to what a semantic diff needs: scalar text, lists and maps.
enum PlanTree: Equatable {
    case scalar(String)
    case list([PlanTree])
    case map([String: PlanTree])

    init(_ node: Node) {
        switch node {
        case .scalar(let scalar): self = .scalar(scalar.string)
        case .alias(let alias): self = .scalar("*\(alias.anchor.rawValue)")
        case .sequence(let sequence): self = .list(sequence.map(PlanTree.init))
        case .mapping(let mapping):
            var entries: [String: PlanTree] = [:]
            for (key, value) in mapping { entries[key.string ?? "\(key)"] = PlanTree(value) }
            self = .map(entries)
        }
    }

    /// The documents of a YAML stream (JSON is YAML too); leading comments and `---` are skipped.
    static func documents(_ text: String) throws -> [PlanTree] {
        // Only scalar text is compared, so no YAML 1.1 tag resolution (regexes) is needed.
        let parser = try Parser(yaml: text, resolver: .basic, encoding: .utf8)
        var documents: [PlanTree] = []
        while let node = try parser.nextRoot() { documents.append(PlanTree(node)) }
        return documents
    }

    /// The value at a dotted key path of map keys.
    subscript(path path: String) -> PlanTree? {
        var current: PlanTree? = self
        for key in path.split(separator: ".") {
            guard case .map(let entries)? = current else { return nil }
            current = entries[String(key)]
        }
        return current
    }

    /// The value of one map key, which may contain dots (`lakeform.dev/keyed`).
    subscript(key key: String) -> PlanTree? {
        if case .map(let entries) = self { return entries[key] }
        return nil
    }

    /// The scalar's text, or nil for a list or map.
    var text: String? {
        if case .scalar(let text) = self { return text }
        return nil
    }

    /// The leaves under this value with their paths relative to `prefix`; empty lists and maps are leaves too.
    func leaves(prefix: String) -> [(path: String, text: String)] {
        switch self {
        case .scalar(let text): return [(prefix, text)]
        case .list(let items) where items.isEmpty: return [(prefix, "[]")]
        case .map(let entries) where entries.isEmpty: return [(prefix, "{}")]
        case .list(let items):
            let keyed = Self.keyed(items)
            return keyed.flatMap { $0.value.leaves(prefix: prefix + $0.selector) }
        case .map(let entries):
            return entries.keys.sorted().flatMap { entries[$0]!.leaves(prefix: Self.join(prefix, $0)) }
        }
    }

    static func join(_ prefix: String, _ key: String) -> String { prefix.isEmpty ? key : prefix + "." + key }

    /// List items with their selectors: `[name=x]` when every item has a distinct `name` (or `id`, or `key`),
    /// `[Kind/name]` for Kubernetes documents (`[name=x]` for other items named in `metadata`), else `[index]`.
    static func keyed(_ items: [PlanTree]) -> [(selector: String, value: PlanTree)] {
        for field in ["name", "id", "key", "metadata.name"] {
            let names = items.compactMap { $0[path: field]?.text }
            guard names.count == items.count, Set(names).count == names.count else { continue }
            let kinds = items.compactMap { $0[path: "kind"]?.text }
            if field == "metadata.name" && kinds.count == items.count {
                return zip(zip(kinds, names), items).map { ("[\($0.0.0)/\($0.0.1)]", $0.1) }
            }
            let label = field == "metadata.name" ? "name" : field
            return zip(names, items).map { ("[\(label)=\($0.0)]", $0.1) }
        }
        return items.enumerated().map { ("[\($0.offset)]", $0.element) }
    }
}
