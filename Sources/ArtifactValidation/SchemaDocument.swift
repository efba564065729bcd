import Foundation

/// A whole schema file, compiled once: its root node and every local `$ref` target by pointer.
public struct SchemaDocument: Sendable {
    let root: JSONSchema
    let references: [String: JSONSchema]

    /// Compiles a parsed schema; throws `SchemaError` when it is malformed or a reference dangles.
    public init(_ json: JSONValue) throws {
        var compiler = SchemaCompiler(document: json)
        root = try compiler.compile(json, at: "#")
        var references: [String: JSONSchema] = [:]
        var pending = compiler.takePendingReferences()
        while let pointer = pending.popLast() {
            guard references[pointer] == nil else { continue }
            guard let target = Self.resolve(pointer, in: json) else { throw SchemaError.unresolvedReference(pointer) }
            references[pointer] = try compiler.compile(target, at: pointer)
            pending += compiler.takePendingReferences()
        }
        self.references = references
    }

    /// Reads and compiles a schema file's JSON text.
    public init(data: Data) throws {
        try self.init(JSONValue(json: data))
    }

    /// Every way `instance` breaks the schema, in document order; empty when it conforms.
    public func validate(_ instance: JSONValue) -> [SchemaViolation] {
        SchemaEvaluator(document: self).violations(of: instance, against: root, at: .root)
    }

    /// Follows a JSON pointer fragment such as `#/definitions/io.k8s.api.core.v1.Container`.
    static func resolve(_ pointer: String, in document: JSONValue) -> JSONValue? {
        guard pointer.hasPrefix("#") else { return nil }
        let fragment = (String(pointer.dropFirst()).removingPercentEncoding ?? String(pointer.dropFirst()))
        guard !fragment.isEmpty else { return document }
        guard fragment.hasPrefix("/") else { return nil }
        var current = document
        for token in fragment.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch current {
            case .object(let entries):
                guard let next = entries[key] else { return nil }
                current = next
            case .array(let items):
                guard let index = Int(key), items.indices.contains(index) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }
}
