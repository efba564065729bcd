/// A single-value container reading one scalar with `ScalarReader`'s typing rules.
struct NodeSingleValueContainer: SingleValueDecodingContainer {
    let decoder: NodeDecoder

    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.node.map(ScalarReader.isNull) ?? true }

    func decode(_ type: Bool.Type) throws -> Bool { try read(false, ScalarReader.bool) }
    func decode(_ type: String.Type) throws -> String { try read("", ScalarReader.string) }
    func decode(_ type: Double.Type) throws -> Double { try read(0, ScalarReader.double) }
    func decode(_ type: Float.Type) throws -> Float { Float(try read(0, ScalarReader.double)) }
    func decode(_ type: Int.Type) throws -> Int { try read(0, ScalarReader.integer) }
    func decode(_ type: Int8.Type) throws -> Int8 { try read(0, ScalarReader.integer) }
    func decode(_ type: Int16.Type) throws -> Int16 { try read(0, ScalarReader.integer) }
    func decode(_ type: Int32.Type) throws -> Int32 { try read(0, ScalarReader.integer) }
    func decode(_ type: Int64.Type) throws -> Int64 { try read(0, ScalarReader.integer) }
    func decode(_ type: UInt.Type) throws -> UInt { try read(0, ScalarReader.integer) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try read(0, ScalarReader.integer) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try read(0, ScalarReader.integer) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try read(0, ScalarReader.integer) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try read(0, ScalarReader.integer) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decoder.session.decode(type, from: decoder.node, at: codingPath)
    }

    /// Reads the node, or returns the placeholder when decoding a value that is absent.
    private func read<V>(_ placeholder: V, _ reader: (YAMLNode, [any CodingKey]) throws -> V) throws -> V {
        guard let node = decoder.node else { return placeholder }
        return try reader(node, codingPath)
    }
}
