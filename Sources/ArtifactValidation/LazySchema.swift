import Synchronization

/// A subschema kept as its JSON until an instance first reaches it, then compiled once and kept.
/// Sendable: the compiled node is only touched under `compiled`'s lock, which is held by one compile
/// at a time and never while another node compiles.
final class LazySchema: Sendable {
    private let source: JSONValue
    /// The JSON pointer's components (`#`, `properties`, `spec`), joined only when an error names them.
    private let pointer: [String]
    private let compiled = Mutex<Result<JSONSchema, any Error>?>(nil)

    init(_ source: JSONValue, at pointer: [String]) {
        self.source = source
        self.pointer = pointer
    }

    /// `true` or `false` written in place of a schema, known without compiling; nil for an object schema.
    var verdict: Bool? {
        if case .bool(let verdict) = source { return verdict }
        return nil
    }

    /// The compiled node; throws `SchemaError` when this part of the document is malformed.
    func schema() throws -> JSONSchema {
        try compiled.withLock { slot in
            if let slot { return slot }
            let result = Result { try SchemaCompiler(path: pointer).compile(source) }
            slot = result
            return result
        }.get()
    }
}
