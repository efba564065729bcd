import Foundation

/// A JSON document kept as its bytes and read part by part (`JSONTextParser`'s part readers): the catalog digest's
/// schemas, of which a check reaches a small part, compile node by node without the rest ever being built.
final class JSONText: Sendable {
    private let bytes: [UInt8]
    /// `JSONTextParser.closers(_:)` of `bytes`. Texts longer than `Int32` positions are read without it.
    private let closers: [Int32]

    init(_ data: Data) {
        bytes = [UInt8](data)
        closers = bytes.count < Int32.max ? bytes.withUnsafeBufferPointer(JSONTextParser.closers) : []
    }

    /// The whole text.
    var whole: Range<Int> { 0..<bytes.count }

    /// The value in `range`, built whole.
    func value(in range: Range<Int>) throws -> JSONValue {
        try bytes.withUnsafeBufferPointer { try JSONTextParser.parse($0, range: range) }
    }

    /// The members of the object in `range` as byte ranges; nil when it holds no object.
    func members(in range: Range<Int>) throws -> [(key: String, range: Range<Int>)]? {
        try bytes.withUnsafeBufferPointer { bytes in
            try closers.withUnsafeBufferPointer { try JSONTextParser.members(bytes, closers: $0, range: range) }
        }
    }

    /// The elements of the array in `range` as byte ranges; nil when it holds no array.
    func elements(in range: Range<Int>) throws -> [Range<Int>]? {
        try bytes.withUnsafeBufferPointer { bytes in
            try closers.withUnsafeBufferPointer { try JSONTextParser.elements(bytes, closers: $0, range: range) }
        }
    }

    /// Whether the value in `range` is an object: its first byte after whitespace is `{`.
    func startsObject(_ range: Range<Int>) -> Bool {
        bytes[range].first { !Self.isSpace($0) } == UInt8(ascii: "{")
    }

    /// `true` or `false` when `range` holds just that literal.
    func literal(in range: Range<Int>) -> Bool? {
        var (start, end) = (range.lowerBound, range.upperBound)
        while start < end, Self.isSpace(bytes[start]) { start += 1 }
        while end > start, Self.isSpace(bytes[end - 1]) { end -= 1 }
        let word = bytes[start..<end]
        return word.elementsEqual("true".utf8) ? true : word.elementsEqual("false".utf8) ? false : nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
}
