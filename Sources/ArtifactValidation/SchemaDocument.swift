import Foundation

/// A whole schema file: its root node, with subschemas and local `$ref` targets compiled on first use
/// and then kept, so a document serves many checks on many threads.
public struct SchemaDocument: Sendable {
    let root: JSONSchema
    private let source: SchemaSource
    private let references: ReferenceTable

    /// Compiles a parsed schema whole; throws `SchemaError` when any part is malformed or a reference dangles.
    public init(_ json: JSONValue) throws {
        try self.init(lazily: json)
        try compileEverything()
    }

    /// Reads and compiles a schema file's JSON text whole.
    public init(data: Data) throws {
        try self.init(JSONValue(json: data))
    }

    /// Compiles only the root node; the rest compiles as instances reach it, and a malformed part
    /// throws from `violations(of:)` then.
    init(lazily json: JSONValue) throws {
        try self.init(lazily: .value(json))
    }

    /// Like `init(lazily:)` over a document kept as text: each node's part of the text is read when it compiles.
    init(lazily source: SchemaSource) throws {
        self.source = source
        root = try LazySchema(source, at: ["#"]).schema()
        references = ReferenceTable()
    }

    /// Every way `instance` breaks the schema, in document order; empty when it conforms.
    /// A schema that could not compile (only possible for `init(lazily:)`) is reported as a violation at the root.
    public func validate(_ instance: JSONValue) -> [SchemaViolation] {
        do {
            return try violations(of: instance)
        } catch {
            return [SchemaViolation(path: .root, keyword: "$schema", message: "the schema cannot be compiled: \(error)")]
        }
    }

    /// Every way `instance` breaks the schema; throws `SchemaError` for a malformed part the instance reaches.
    /// For a chart's defaults merged with a values file, `overrides` is the values file and `pristine` keeps the
    /// violations of the defaults no override touches.
    func violations(of instance: JSONValue, overrides: JSONValue? = nil, pristine: PristineViolations? = nil) throws -> [SchemaViolation] {
        try SchemaEvaluator(document: self, pristine: pristine).violations(of: instance, against: root, at: .root, overrides: overrides)
    }

    /// The compiled target of a local `$ref` such as `#/definitions/io.k8s.api.core.v1.Container`.
    func reference(_ pointer: String) throws -> JSONSchema {
        try references.target(pointer, in: source).schema()
    }

    /// Compiles every node and reference target, so a malformed part throws now.
    func compileEverything() throws {
        var seen: Set<ObjectIdentifier> = []
        var queue = [root]
        while let node = queue.popLast() {
            guard seen.insert(ObjectIdentifier(node)).inserted else { continue }
            let children = Array(node.properties.values) + [node.additionalProperties, node.items, node.not].compactMap { $0 }
                + node.allOf + node.anyOf + node.oneOf
            queue += try children.map { try $0.schema() }
            if let pointer = node.ref { queue.append(try reference(pointer)) }
        }
    }
}
