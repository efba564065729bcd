import Synchronization

/// The `$ref` targets of one schema document met so far, by pointer, each compiled on first use.
final class ReferenceTable: Sendable {
    private let targets = Mutex<[String: LazySchema]>([:])

    /// The target of `pointer` in `document`; throws `SchemaError.unresolvedReference` when it points nowhere.
    func target(_ pointer: String, in document: SchemaSource) throws -> LazySchema {
        try targets.withLock { targets in
            if let known = targets[pointer] { return known }
            guard let source = try document.resolve(pointer) else { throw SchemaError.unresolvedReference(pointer) }
            let target = LazySchema(source, at: [pointer])
            targets[pointer] = target
            return target
        }
    }
}
