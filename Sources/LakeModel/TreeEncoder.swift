/// The `Encoder` behind `EncodedValue.encode`: each container writes into a shared `TreeSlot`, so nested
/// containers fill their parent in place, as `Encoder`'s reference semantics require.
final class TreeEncoder: Encoder {
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any] = [:]
    let snakeCaseKeys: Bool
    let slot = TreeSlot()

    init(codingPath: [any CodingKey], snakeCaseKeys: Bool) {
        self.codingPath = codingPath
        self.snakeCaseKeys = snakeCaseKeys
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(TreeKeyedContainer<Key>(encoder: self, object: slot.object()))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { TreeUnkeyedContainer(encoder: self, array: slot.array()) }

    func singleValueContainer() -> any SingleValueEncodingContainer { TreeSingleValueContainer(encoder: self) }

    /// The tree of a nested value at `key`.
    func child<T: Encodable>(_ value: T, at key: any CodingKey) throws -> TreeSlot {
        let encoder = TreeEncoder(codingPath: codingPath + [key], snakeCaseKeys: snakeCaseKeys)
        try value.encode(to: encoder)
        return encoder.slot
    }

    /// A fixed-width integer as an `Int`; one that does not fit is an encoding error, never a wrapped number.
    func integer<I: FixedWidthInteger>(_ value: I) throws -> EncodedValue {
        guard let exact = Int(exactly: value) else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "\(value) does not fit in Int"))
        }
        return .int(exact)
    }

    func key(_ key: some CodingKey) -> String { snakeCaseKeys ? SnakeCase.convert(key.stringValue) : key.stringValue }
}

/// A value under construction: a leaf, or an object or array whose entries are slots themselves.
final class TreeSlot {
    private enum Content { case leaf(EncodedValue), object(TreeObject), array(TreeArray) }
    private var content: Content = .leaf(.object([:]))

    func set(_ value: EncodedValue) { content = .leaf(value) }

    func object() -> TreeObject {
        if case .object(let object) = content { return object }
        let object = TreeObject()
        content = .object(object)
        return object
    }

    func array() -> TreeArray {
        if case .array(let array) = content { return array }
        let array = TreeArray()
        content = .array(array)
        return array
    }

    var value: EncodedValue {
        switch content {
        case .leaf(let value): value
        case .object(let object): .object(object.entries.mapValues(\.value))
        case .array(let array): .array(array.items.map(\.value))
        }
    }
}

final class TreeObject { var entries: [String: TreeSlot] = [:] }
final class TreeArray { var items: [TreeSlot] = [] }

private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

private struct TreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: TreeEncoder
    let object: TreeObject
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func put(_ value: EncodedValue, _ key: Key) {
        let slot = TreeSlot()
        slot.set(value)
        object.entries[encoder.key(key)] = slot
    }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.int(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(.double(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(try encoder.integer(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(try encoder.integer(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(try encoder.integer(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(try encoder.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(try encoder.integer(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(try encoder.integer(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(try encoder.integer(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(try encoder.integer(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(try encoder.integer(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(.double(Double(value)), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.entries[encoder.key(key)] = try encoder.child(value, at: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let slot = TreeSlot()
        object.entries[encoder.key(key)] = slot
        let nested = TreeEncoder(codingPath: codingPath + [key], snakeCaseKeys: encoder.snakeCaseKeys)
        return KeyedEncodingContainer(TreeKeyedContainer<NestedKey>(encoder: nested, object: slot.object()))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let slot = TreeSlot()
        object.entries[encoder.key(key)] = slot
        return TreeUnkeyedContainer(encoder: TreeEncoder(codingPath: codingPath + [key], snakeCaseKeys: encoder.snakeCaseKeys), array: slot.array())
    }

    mutating func superEncoder() -> any Encoder { encoder }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
}

private struct TreeUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: TreeEncoder
    let array: TreeArray
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { array.items.count }

    private func append(_ value: EncodedValue) {
        let slot = TreeSlot()
        slot.set(value)
        array.items.append(slot)
    }

    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Int) throws { append(.int(value)) }
    mutating func encode(_ value: Double) throws { append(.double(value)) }
    mutating func encode(_ value: Int8) throws { append(try encoder.integer(value)) }
    mutating func encode(_ value: Int16) throws { append(try encoder.integer(value)) }
    mutating func encode(_ value: Int32) throws { append(try encoder.integer(value)) }
    mutating func encode(_ value: Int64) throws { append(try encoder.integer(value)) }
    mutating func encode(_ value: UInt) throws { append(try encoder.integer(value)) }
    mutating func encode(_ value: UInt8) throws { append(try encoder.integer(value)) }
    mutating func encode(_ value: UInt16) throws { append(try encoder.integer(value)) }
    mutating func encode(_ value: UInt32) throws { append(try encoder.integer(value)) }
    mutating func encode(_ value: UInt64) throws { append(try encoder.integer(value)) }
    mutating func encode(_ value: Float) throws { append(.double(Double(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        array.items.append(try encoder.child(value, at: IndexKey(intValue: count)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let slot = TreeSlot()
        let nested = TreeEncoder(codingPath: codingPath + [IndexKey(intValue: count)], snakeCaseKeys: encoder.snakeCaseKeys)
        array.items.append(slot)
        return KeyedEncodingContainer(TreeKeyedContainer<NestedKey>(encoder: nested, object: slot.object()))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let slot = TreeSlot()
        let nested = TreeEncoder(codingPath: codingPath + [IndexKey(intValue: count)], snakeCaseKeys: encoder.snakeCaseKeys)
        array.items.append(slot)
        return TreeUnkeyedContainer(encoder: nested, array: slot.array())
    }

    mutating func superEncoder() -> any Encoder { encoder }
}

private struct TreeSingleValueContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.slot.set(.null) }
    mutating func encode(_ value: Bool) throws { encoder.slot.set(.bool(value)) }
    mutating func encode(_ value: String) throws { encoder.slot.set(.string(value)) }
    mutating func encode(_ value: Int) throws { encoder.slot.set(.int(value)) }
    mutating func encode(_ value: Double) throws { encoder.slot.set(.double(value)) }
    mutating func encode(_ value: Int8) throws { encoder.slot.set(try encoder.integer(value)) }
    mutating func encode(_ value: Int16) throws { encoder.slot.set(try encoder.integer(value)) }
    mutating func encode(_ value: Int32) throws { encoder.slot.set(try encoder.integer(value)) }
    mutating func encode(_ value: Int64) throws { encoder.slot.set(try encoder.integer(value)) }
    mutating func encode(_ value: UInt) throws { encoder.slot.set(try encoder.integer(value)) }
    mutating func encode(_ value: UInt8) throws { encoder.slot.set(try encoder.integer(value)) }
    mutating func encode(_ value: UInt16) throws { encoder.slot.set(try encoder.integer(value)) }
    mutating func encode(_ value: UInt32) throws { encoder.slot.set(try encoder.integer(value)) }
    mutating func encode(_ value: UInt64) throws { encoder.slot.set(try encoder.integer(value)) }
    mutating func encode(_ value: Float) throws { encoder.slot.set(.double(Double(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        let nested = TreeEncoder(codingPath: codingPath, snakeCaseKeys: encoder.snakeCaseKeys)
        try value.encode(to: nested)
        encoder.slot.set(nested.slot.value)
    }
}

/// `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase` for ASCII keys: a capital starts a word, a run of capitals
/// is one word whose last capital starts the next word when a lower-case letter follows, and words are lower-cased
/// and joined with `_` (`monthlyCostCents` → `monthly_cost_cents`, `aURLValue` → `a_url_value`).
enum SnakeCase {
    static func convert(_ key: String) -> String {
        guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return convert(characters: Array(key)) }
        let bytes = Array(key.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 4)
        for (index, byte) in bytes.enumerated() {
            let isUpper = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            if isUpper, index > 0 {
                let previousIsUpper = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[index - 1])
                let nextIsLower = index + 1 < bytes.count && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[index + 1])
                if !previousIsUpper || nextIsLower { result.append(UInt8(ascii: "_")) }
            }
            result.append(isUpper ? byte | 0x20 : byte)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The same rule over characters, for keys beyond ASCII.
    private static func convert(characters: [Character]) -> String {
        var result = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
                if !characters[index - 1].isUppercase || nextIsLower { result += "_" }
            }
            result += character.lowercased()
        }
        return result
    }
}
