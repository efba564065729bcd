/// A keyed container over a YAML mapping that records which keys the type asks for.
struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let usage: KeyUsage

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { usage.presentKeys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool {
        usage.value(for: key.stringValue, required: false) != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        usage.value(for: key.stringValue, required: false).map(ScalarReader.isNull) ?? true
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decodeValue(type, forKey: key)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try decodeOptional(type, forKey: key)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try childDecoder(forKey: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try childDecoder(forKey: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        childDecoder(forKey: WireKey(stringValue: "super"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        childDecoder(forKey: key)
    }

    /// A decoder for the value under a required key, sharing this value's unknown-key checks.
    private func childDecoder(forKey key: any CodingKey) -> NodeDecoder {
        let value = usage.value(for: key.stringValue, required: true)
        if value == nil { usage.recordMissing(key.stringValue) }
        return decoder.nested(value, key: key)
    }

    /// A required key: when missing it is reported and decoded as a placeholder.
    func decodeValue<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let value = usage.value(for: key.stringValue, required: true)
        if value == nil { usage.recordMissing(key.stringValue) }
        return try decoder.session.decode(type, from: value, at: codingPath + [key])
    }

    /// An optional key: absent and null both decode as nil.
    func decodeOptional<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = usage.value(for: key.stringValue, required: false), !ScalarReader.isNull(value) else {
            return nil
        }
        return try decoder.session.decode(type, from: value, at: codingPath + [key])
    }
}
