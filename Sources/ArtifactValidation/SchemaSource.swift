import Foundation

/// A schema node's JSON: parsed (`JSONValue`), or still text in the catalog digest (`JSONText`), which is read
/// one level at a time as the node compiles, its subschemas passed over until an instance reaches them.
enum SchemaSource: Sendable {
    case value(JSONValue)
    case text(JSONText, Range<Int>)

    /// `true` or `false` written in place of a schema; nil for anything else.
    var verdict: Bool? {
        switch self {
        case .value(.bool(let verdict)): verdict
        case .value: nil
        case .text(let text, let range): text.literal(in: range)
        }
    }

    /// Whether the value is an object, known without reading its members.
    var isObject: Bool {
        switch self {
        case .value(let value): value.object != nil
        case .text(let text, let range): text.startsObject(range)
        }
    }

    /// The entries of an object; nil for any other value.
    func members() throws -> [(key: String, source: SchemaSource)]? {
        switch self {
        case .value(let value): value.object.map { $0.map { ($0.key, .value($0.value)) } }
        case .text(let text, let range): try text.members(in: range)?.map { ($0.key, .text(text, $0.range)) }
        }
    }

    /// The items of an array; nil for any other value.
    func elements() throws -> [SchemaSource]? {
        switch self {
        case .value(.array(let items)): items.map { .value($0) }
        case .value: nil
        case .text(let text, let range): try text.elements(in: range)?.map { .text(text, $0) }
        }
    }

    /// The value, built whole.
    func parsed() throws -> JSONValue {
        switch self {
        case .value(let value): value
        case .text(let text, let range): try text.value(in: range)
        }
    }

    /// Follows a JSON pointer fragment such as `#/definitions/io.k8s.api.core.v1.Container`; nil when it points nowhere.
    func resolve(_ pointer: String) throws -> SchemaSource? {
        guard pointer.hasPrefix("#") else { return nil }
        let fragment = (String(pointer.dropFirst()).removingPercentEncoding ?? String(pointer.dropFirst()))
        guard !fragment.isEmpty else { return self }
        guard fragment.hasPrefix("/") else { return nil }
        var current = self
        for token in fragment.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let key = !token.utf8.contains(UInt8(ascii: "~")) ? String(token)
                : token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if let members = try current.members() {
                guard let next = members.last(where: { $0.key == key }) else { return nil }
                current = next.source
            } else if let items = try current.elements() {
                guard let index = Int(key), items.indices.contains(index) else { return nil }
                current = items[index]
            } else {
                return nil
            }
        }
        return current
    }
}
