/// One way a value breaks a schema: where, which keyword, and a message for people.
public struct SchemaViolation: Hashable, Sendable, CustomStringConvertible {
    /// Where the offending value is (for a missing required key: where the key should be).
    public var path: ValuePath
    /// The keyword that failed: `type`, `required`, `additionalProperties`, `enum`, `anyOf`, …
    public var keyword: String
    /// What is wrong, without the path: `expected integer, found string`.
    public var message: String
    /// Follow-up lines such as "did you mean `replicas`?".
    public var notes: [String]

    public init(path: ValuePath, keyword: String, message: String, notes: [String] = []) {
        self.path = path
        self.keyword = keyword
        self.message = message
        self.notes = notes
    }

    /// `spec.kafka.replicas: expected integer, found string`.
    public var description: String { "\(path): \(message)" }
}
