import Foundation

/// A JSON document kept as its bytes and read part by part (`JSONTextParser`'s part readers): the catalog digest's
/// schemas, of which a check reaches a small part, compile node by node without the rest ever being built.
final class JSONText: Sendable {
    private let data: Data
    private let brackets: BracketIndex

    init(_ data: Data) {
        self.data = data
        brackets = data.withUnsafeBytes { JSONTextParser.brackets($0.bindMemory(to: UInt8.self)) }
    }

    private func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try data.withUnsafeBytes { try body($0.bindMemory(to: UInt8.self)) }
    }

    /// The whole text.
    var whole: Range<Int> { 0..<data.count }

    /// The value in `range`, built whole.
    func value(in range: Range<Int>) throws -> JSONValue {
        try withBytes { try JSONTextParser.parse($0, range: range) }
    }

    /// The members of the object in `range` as byte ranges; nil when it holds no object.
    func members(in range: Range<Int>) throws -> [(key: String, range: Range<Int>)]? {
        try withBytes { try JSONTextParser.members($0, brackets: brackets, range: range) }
    }

    /// The elements of the array in `range` as byte ranges; nil when it holds no array.
    func elements(in range: Range<Int>) throws -> [Range<Int>]? {
        try withBytes { try JSONTextParser.elements($0, brackets: brackets, range: range) }
    }

    /// Whether the value in `range` is an object: its first byte after whitespace is `{`.
    func startsObject(_ range: Range<Int>) -> Bool {
        withBytes { bytes in bytes[range].first { !Self.isSpace($0) } == UInt8(ascii: "{") }
    }

    /// `true` or `false` when `range` holds just that literal.
    func literal(in range: Range<Int>) -> Bool? {
        withBytes { bytes in
            var (start, end) = (range.lowerBound, range.upperBound)
            while start < end, Self.isSpace(bytes[start]) { start += 1 }
            while end > start, Self.isSpace(bytes[end - 1]) { end -= 1 }
            let word = bytes[start..<end]
            return word.elementsEqual("true".utf8) ? true : word.elementsEqual("false".utf8) ? false : nil
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
}
