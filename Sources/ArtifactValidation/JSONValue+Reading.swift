import Foundation
import LakeModel
import Yams

extension JSONValue {
    /// Reads a JSON document (a schema file); throws `JSONTextParser.Failure`, with the line and column, when it is malformed.
    public init(json data: Data) throws {
        self = try data.withUnsafeBytes { try JSONTextParser.parse($0.bindMemory(to: UInt8.self)) }
    }

    /// Reads a catalog schema file for validation only: its `description`, `title` and `$comment` strings are dropped.
    init(schemaFile data: Data) throws {
        self = try data.withUnsafeBytes { try JSONTextParser.parse($0.bindMemory(to: UInt8.self), droppingAnnotations: true) }
    }

    /// Reads every document of a YAML stream, as Helm and Kubernetes read it (YAML 1.1 scalars:
    /// `yes`/`on` are booleans, `0x1F` is an integer; quoted scalars are always strings).
    public static func documents(yaml text: String) throws -> [JSONValue] {
        if let documents = WrittenYAMLReader.documents(text) { return documents }
        return try composedDocuments(yaml: text)
    }

    /// The documents as Yams composes them, without `WrittenYAMLReader`'s fast path.
    static func composedDocuments(yaml text: String) throws -> [JSONValue] {
        var sequence = try Yams.compose_all(yaml: text, .basic, .default, .utf8)
        var documents: [JSONValue] = []
        while let node = sequence.next() {
            documents.append(JSONValue(yaml: node))
        }
        if let error = sequence.error { throw error }
        return documents
    }

    /// Reads a single YAML document; an empty stream is `null`.
    public init(yaml text: String) throws {
        if let document = WrittenYAMLReader.documents(text)?.first ?? ComposedYAMLReader.document(text) {
            self = document
            return
        }
        self = try Yams.compose(yaml: text, .basic, .default, .utf8).map(JSONValue.init(yaml:)) ?? .null
    }

    init(yaml node: Node) {
        switch node {
        case .scalar(let scalar):
            self = JSONValue(scalar: scalar, node: node)
        case .sequence(let sequence):
            self = .array(sequence.map(JSONValue.init(yaml:)))
        case .mapping(let mapping):
            var entries: [String: JSONValue] = [:]
            for (key, value) in mapping {
                entries[key.string ?? ""] = JSONValue(yaml: value)
            }
            self = .object(entries)
        case .alias:
            self = .null  // the composer replaces aliases by the nodes they name
        }
    }

    /// Documents are composed with `Resolver.basic`, which types no scalar, and in UTF-8, Swift's native encoding
    /// (`Parser.Encoding.default` reads the environment on every call): an untagged plain scalar comes out
    /// as a string, and is typed here the way the default (YAML 1.1) resolver types it: by `YAMLImplicitType`, which
    /// matches the resolver's seven regular expressions by hand (the resolver itself only for text beyond ASCII).
    /// (A plain scalar tagged `!!str` explicitly is typed too; Lakeform writes no tags and the catalog has none.)
    private init(scalar: Node.Scalar, node: Node) {
        let tag = Tag.Name(rawValue: node.tag.rawValue)
        guard tag == .str, scalar.style == .plain else {
            self = JSONValue(typed: scalar, node: node, tag: tag)
            return
        }
        self = .plain(scalar.string)
    }

    /// An untagged plain scalar, typed as the default (YAML 1.1) resolver types it.
    static func plain(_ text: String) -> JSONValue {
        if let type = YAMLImplicitType.of(text) {
            switch type {
            case .null: return .null
            case .bool: return .bool(YAMLImplicitType.isTrue(text))
            case .int:
                if let decimal = plainDecimal(text) { return .int(decimal) }
                let scalar = Node.Scalar(text)
                return Int.construct(from: scalar).map(JSONValue.int) ?? Double.construct(from: scalar).map(JSONValue.double) ?? .string(text)
            case .float: return Double.construct(from: Node.Scalar(text)).map(JSONValue.double) ?? .string(text)
            case .merge, .timestamp, .value, .string: return .string(text)
            }
        }
        let node = Node(text)
        guard case .scalar(let scalar) = node else { return .string(text) }
        return JSONValue(typed: scalar, node: node, tag: Tag.Name(rawValue: node.tag.rawValue))
    }

    /// A decimal integer without `_`, a leading zero (YAML 1.1 octal) or `+` that fits an `Int`, the integers written
    /// most, read without building a Yams scalar; nil for the other spellings Yams constructs.
    private static func plainDecimal(_ text: String) -> Int? {
        let digits = text.utf8.first == UInt8(ascii: "-") ? text.utf8.dropFirst() : text.utf8[...]
        guard let first = digits.first, digits.count <= 18, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              first != UInt8(ascii: "0") || digits.count == 1 else { return nil }
        return Int(text)
    }

    private init(typed scalar: Node.Scalar, node: Node, tag: Tag.Name) {
        switch tag {
        case .null: self = .null
        case .bool: self = node.bool.map(JSONValue.bool) ?? .string(scalar.string)
        case .int: self = node.int.map(JSONValue.int) ?? node.float.map(JSONValue.double) ?? .string(scalar.string)
        case .float: self = node.float.map(JSONValue.double) ?? .string(scalar.string)
        default: self = .string(scalar.string)
        }
    }
}
