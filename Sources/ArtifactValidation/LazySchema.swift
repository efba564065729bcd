import Synchronization

/// A subschema kept as its JSON (or its text in the digest) until an instance first reaches it, then compiled and kept.
/// Sendable: the compiled node is published once through an atomic, so readers on every thread take it without a
/// lock. Two threads that reach a node together may both compile it; the first to publish wins, and compiling
/// is pure, so both get the same node.
final class LazySchema: Sendable {
    private let source: SchemaSource
    /// The JSON pointer's components (`#`, `properties`, `spec`), joined only when an error names them.
    private let pointer: [String]
    private let published = Atomic<Unmanaged<Compiled>?>(nil)

    /// The outcome of compiling `source`, boxed so that it can be published through one atomic pointer.
    private final class Compiled: Sendable {
        let result: Result<JSONSchema, any Error>
        init(_ result: Result<JSONSchema, any Error>) { self.result = result }
    }

    init(_ source: SchemaSource, at pointer: [String]) {
        self.source = source
        self.pointer = pointer
    }

    deinit { published.load(ordering: .acquiring)?.release() }

    /// `true` or `false` written in place of a schema, known without compiling; nil for an object schema.
    var verdict: Bool? { source.verdict }

    /// The compiled node; throws `SchemaError` when this part of the document is malformed.
    func schema() throws -> JSONSchema {
        if let known = published.load(ordering: .acquiring) { return try known.takeUnretainedValue().result.get() }
        let made = Unmanaged.passRetained(Compiled(Result { try SchemaCompiler(path: pointer).compile(source) }))
        let (stored, winner) = published.compareExchange(expected: nil, desired: made, ordering: .acquiringAndReleasing)
        guard !stored, let winner else { return try made.takeUnretainedValue().result.get() }
        made.release()
        return try winner.takeUnretainedValue().result.get()
    }
}
