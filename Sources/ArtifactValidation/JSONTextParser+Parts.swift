/// Reading one part of a JSON text at a time: a value in a byte range, or the members of an object and the elements of
/// an array as byte ranges, each passed over without being built. `JSONText` reads the catalog digest this way.
extension JSONTextParser {
    /// The value in `range` of `bytes`, which must hold exactly one value with whitespace around it.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws -> JSONValue {
        var parser = JSONTextParser(bytes: bytes, dropsAnnotations: false)
        parser.position = range.lowerBound
        let value = try parser.value()
        parser.skipWhitespace()
        guard parser.position == range.upperBound else { throw parser.failure("unexpected text after the value") }
        return value
    }

    /// The keys of the object in `range` with the byte range of each value, in document order; nil when the value
    /// there is not an object.
    static func members(_ bytes: UnsafeBufferPointer<UInt8>, brackets: BracketIndex, range: Range<Int>) throws -> [(key: String, range: Range<Int>)]? {
        var parser = JSONTextParser(bytes: bytes, dropsAnnotations: false)
        parser.brackets = brackets
        parser.position = range.lowerBound
        parser.skipWhitespace()
        guard parser.consume(UInt8(ascii: "{")) else { return nil }
        var members: [(key: String, range: Range<Int>)] = []
        parser.skipWhitespace()
        if parser.consume(UInt8(ascii: "}")) { return members }
        repeat {
            parser.skipWhitespace()
            guard parser.position < range.upperBound, bytes[parser.position] == UInt8(ascii: "\"") else { throw parser.failure("expected a key in quotes") }
            let key = try parser.string()
            parser.skipWhitespace()
            guard parser.consume(UInt8(ascii: ":")) else { throw parser.failure("expected ':' after the key") }
            members.append((key, try parser.skipValue()))
            parser.skipWhitespace()
        } while parser.consume(UInt8(ascii: ","))
        guard parser.consume(UInt8(ascii: "}")) else { throw parser.failure("expected ',' or '}'") }
        return members
    }

    /// The byte range of each element of the array in `range`; nil when the value there is not an array.
    static func elements(_ bytes: UnsafeBufferPointer<UInt8>, brackets: BracketIndex, range: Range<Int>) throws -> [Range<Int>]? {
        var parser = JSONTextParser(bytes: bytes, dropsAnnotations: false)
        parser.brackets = brackets
        parser.position = range.lowerBound
        parser.skipWhitespace()
        guard parser.consume(UInt8(ascii: "[")) else { return nil }
        var elements: [Range<Int>] = []
        parser.skipWhitespace()
        if parser.consume(UInt8(ascii: "]")) { return elements }
        repeat {
            elements.append(try parser.skipValue())
            parser.skipWhitespace()
        } while parser.consume(UInt8(ascii: ","))
        guard parser.consume(UInt8(ascii: "]")) else { throw parser.failure("expected ',' or ']'") }
        return elements
    }

    /// Each `{` and `[` of `bytes` in order, with the position of the bracket that closes it (`BracketIndex`), found in
    /// one pass with strings passed over, so that the part readers pass over a nested value in one step.
    static func brackets(_ bytes: UnsafeBufferPointer<UInt8>) -> BracketIndex {
        var index = BracketIndex()
        var open: [Int] = []
        var position = 0, inString = false
        while position < bytes.count {
            let byte = bytes[position]
            if inString {
                if byte == UInt8(ascii: "\\") { position += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                open.append(index.openers.count)
                index.openers.append(position)
                index.closers.append(0)
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]"), let opener = open.popLast() {
                index.closers[opener] = position
            }
            position += 1
        }
        return index
    }

    /// Passes over one value and returns its byte range. Objects and arrays are matched bracket for bracket with
    /// strings passed over whole (in one step where `brackets` knows the match), but not otherwise checked: a
    /// malformed part is reported when it is read.
    private mutating func skipValue() throws -> Range<Int> {
        skipWhitespace()
        let start = position
        guard position < bytes.count else { throw failure("unexpected end of text, expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            if let closer = brackets?.closer(of: start) {
                position = closer + 1
                return start..<position
            }
            var depth = 0
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "\""):
                    try skipString()
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 {
                        position += 1
                        return start..<position
                    }
                default:
                    break
                }
                position += 1
            }
            throw failure("unterminated \(bytes[start] == UInt8(ascii: "{") ? "object" : "array")")
        case UInt8(ascii: "\""):
            try skipString()
        default:
            _ = try value()
        }
        return start..<position
    }
}

/// The `{` and `[` of a JSON text in document order with the position of each one's closing bracket (0 when it is
/// never closed): two arrays, a few hundred kilobytes for a megabyte of schema, searched by halving.
struct BracketIndex: Sendable {
    var openers: [Int] = []
    var closers: [Int] = []

    /// Where the bracket opened at `position` closes; nil when `position` opens none or it is never closed.
    func closer(of position: Int) -> Int? {
        var (low, high) = (0, openers.count)
        while low < high {
            let middle = (low + high) / 2
            if openers[middle] < position { low = middle + 1 } else { high = middle }
        }
        guard low < openers.count, openers[low] == position, closers[low] > position else { return nil }
        return closers[low]
    }
}
