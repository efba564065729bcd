import Foundation
import Yams

extension JSONValue {
    /// Reads a JSON document (a schema file).
    public init(json data: Data) throws {
        self = try JSONValue(foundation: JSONSerialization.jsonObject(with: data))
    }

    /// Reads every document of a YAML stream, as Helm and Kubernetes read it (YAML 1.1 scalars:
    /// `yes`/`on` are booleans, `0x1F` is an integer; quoted scalars are always strings).
    public static func documents(yaml text: String) throws -> [JSONValue] {
        var sequence = try Yams.compose_all(yaml: text)
        var documents: [JSONValue] = []
        while let node = sequence.next() {
            documents.append(JSONValue(yaml: node))
        }
        if let error = sequence.error { throw error }
        return documents
    }

    /// Reads a single YAML document; an empty stream is `null`.
    public init(yaml text: String) throws {
        self = try Yams.compose(yaml: text).map(JSONValue.init(yaml:)) ?? .null
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

    private init(scalar: Node.Scalar, node: Node) {
        switch Tag.Name(rawValue: node.tag.rawValue) {
        case .null: self = .null
        case .bool: self = node.bool.map(JSONValue.bool) ?? .string(scalar.string)
        case .int: self = node.int.map(JSONValue.int) ?? node.float.map(JSONValue.double) ?? .string(scalar.string)
        case .float: self = node.float.map(JSONValue.double) ?? .string(scalar.string)
        default: self = .string(scalar.string)
        }
    }

    /// Converts JSONSerialization's output; booleans are told from numbers by their type code.
    /// Maps and strings are tried first: they are most of a schema, and each failed cast is slow.
    private init(foundation value: Any) throws {
        if let entries = value as? [String: Any] {
            self = .object(try entries.mapValues(JSONValue.init(foundation:)))
        } else if let text = value as? String {
            self = .string(text)
        } else if let items = value as? [Any] {
            self = .array(try items.map(JSONValue.init(foundation:)))
        } else if let number = value as? NSNumber {
            switch String(cString: number.objCType) {
            case "c": self = .bool(number.boolValue)
            case "d", "f": self = .double(number.doubleValue)
            case "Q" where number.uint64Value > UInt64(Int.max): self = .double(number.doubleValue)
            default: self = .int(number.intValue)
            }
        } else if value is NSNull {
            self = .null
        } else {
            throw CocoaError(.coderReadCorrupt)
        }
    }
}
