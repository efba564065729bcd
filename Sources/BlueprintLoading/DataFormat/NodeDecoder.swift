/// A `Decoder` over one YAML node; a nil node decodes a silent placeholder for a missing value.
final class NodeDecoder: Decoder {
    let node: YAMLNode?
    let codingPath: [any CodingKey]
    let session: DecodingSession
    /// The keyed containers this value opened, checked for unknown keys once it has decoded.
    let usages: KeyUsageList
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: YAMLNode?, codingPath: [any CodingKey], session: DecodingSession, usages: KeyUsageList = KeyUsageList()) {
        self.node = node
        self.codingPath = codingPath
        self.session = session
        self.usages = usages
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let pairs: [(key: YAMLNode, value: YAMLNode)]
        switch node {
        case .mapping(let mapping)?: pairs = MergeKeys.pairs(of: mapping)
        case nil: pairs = []
        default: throw ScalarReader.mismatch([String: Any].self, "expected a mapping", at: codingPath)
        }
        let usage = KeyUsage(pairs: pairs, codingPath: codingPath, isPlaceholder: node == nil)
        usages.items.append(usage)
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(decoder: self, usage: usage))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        switch node {
        case .sequence(let sequence)?: return NodeUnkeyedContainer(decoder: self, elements: Array(sequence))
        case nil: return NodeUnkeyedContainer(decoder: self, elements: [])
        default: throw ScalarReader.mismatch([Any].self, "expected a list", at: codingPath)
        }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        NodeSingleValueContainer(decoder: self)
    }

    /// A decoder for a value nested in this one that shares its unknown-key bookkeeping.
    func nested(_ node: YAMLNode?, key: any CodingKey) -> NodeDecoder {
        NodeDecoder(node: node, codingPath: codingPath + [key], session: session, usages: usages)
    }
}
