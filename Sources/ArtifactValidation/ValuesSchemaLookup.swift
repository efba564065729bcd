/// The nodes of a chart's `values.schema.json` that describe one place in the values, with
/// `$ref`, `allOf`, `anyOf` and `oneOf` followed. Used to tell whether the chart declares a key.
/// Throws `SchemaError` when a part of the schema it reaches is malformed.
struct ValuesSchemaLookup {
    let document: SchemaDocument?
    let nodes: [JSONSchema]

    /// The nodes for `path`, a path of mapping keys from the top of the values.
    init(_ document: SchemaDocument?, at path: ValuePath) throws {
        var lookup = try ValuesSchemaLookup(document: document, nodes: document.map { [$0.root] } ?? [])
        for case .key(let key) in path.components {
            lookup = try lookup.child(key)
        }
        self = lookup
    }

    private init(document: SchemaDocument?, nodes: [JSONSchema]) throws {
        self.document = document
        self.nodes = try Self.expand(nodes, in: document)
    }

    /// The nodes for `key` below this place: its `properties` entry, or else `additionalProperties`.
    func child(_ key: String) throws -> ValuesSchemaLookup {
        let children = try nodes.compactMap { node in
            try (node.properties[key] ?? node.additionalProperties.flatMap { $0.verdict == false ? nil : $0 })?.schema()
        }
        return try ValuesSchemaLookup(document: document, nodes: children)
    }

    /// Whether the schema describes this place at all.
    var isDeclared: Bool { !nodes.isEmpty }

    /// Whether the schema declares a map with free keys here: `additionalProperties` that is
    /// `true` or a schema, or an object type without `properties`.
    var acceptsAnyKey: Bool {
        nodes.contains { node in
            if node.verdict == true { return true }
            if let additional = node.additionalProperties { return additional.verdict != false }
            return node.types?.contains(.object) == true && node.properties.isEmpty
        }
    }

    /// Every key the schema lists here, for suggestions.
    var propertyNames: Set<String> { Set(nodes.flatMap(\.properties.keys)) }

    private static func expand(_ nodes: [JSONSchema], in document: SchemaDocument?) throws -> [JSONSchema] {
        var result: [JSONSchema] = []
        var seen: Set<ObjectIdentifier> = []
        var queue = nodes
        while let node = queue.popLast() {
            guard seen.insert(ObjectIdentifier(node)).inserted else { continue }
            result.append(node)
            if let reference = node.ref, let document { queue.append(try document.reference(reference)) }
            queue += try (node.allOf + node.anyOf + node.oneOf).map { try $0.schema() }
        }
        return result
    }
}
