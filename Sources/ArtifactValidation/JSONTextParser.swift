/// Reads JSON text (RFC 8259, UTF-8) straight into `JSONValue`, byte by byte: the catalog's schema files are
/// megabytes, and going through `JSONSerialization` built every value twice (as Foundation objects, then
/// converted with dynamic casts). An integer literal that fits `Int` is `.int`, any other number `.double`;
/// a repeated object key keeps its last value.
///
/// A schema file can be read `droppingAnnotations`: a `description`, `title` or `$comment` whose value is a string
/// is skipped without being built (most of a CRD's bytes are descriptions, and validation never reads them), except
/// inside `enum`, `const`, `default` and `examples`, whose values are data and kept whole.
struct JSONTextParser {
    /// Malformed JSON: what was expected, and where (1-based line and column of the byte).
    struct Failure: Error, CustomStringConvertible {
        let line: Int, column: Int, problem: String
        var description: String { "line \(line), column \(column): \(problem)" }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// For the part readers: where each `{` and `[` closes (`JSONText`).
    var brackets: BracketIndex?
    /// Nesting depth, bounded so that hostile input cannot overflow the stack.
    private var depth = 0
    private static let maximumDepth = 512
    private let dropsAnnotations: Bool
    /// How many `enum`/`const`/`default`/`examples` values the parser is inside; annotations are dropped only at 0.
    private var literalDepth = 0
    private static let annotationKeys: Set<String> = ["description", "title", "$comment"]
    private static let literalKeys: Set<String> = ["enum", "const", "default", "examples"]

    /// The document in `bytes`: one value with only whitespace around it (a leading byte order mark is skipped).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, droppingAnnotations: Bool = false) throws -> JSONValue {
        var parser = JSONTextParser(bytes: bytes, dropsAnnotations: droppingAnnotations)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
        let value = try parser.value()
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.failure("unexpected text after the document") }
        return value
    }

    init(bytes: UnsafeBufferPointer<UInt8>, dropsAnnotations: Bool) {
        self.bytes = bytes
        self.dropsAnnotations = dropsAnnotations
    }

    mutating func value() throws -> JSONValue {
        skipWhitespace()
        guard position < bytes.count else { throw failure("unexpected end of text, expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try nested { try $0.object() }
        case UInt8(ascii: "["): return try nested { try $0.array() }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw failure("expected a value")
        }
    }

    private mutating func nested(_ body: (inout JSONTextParser) throws -> JSONValue) throws -> JSONValue {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw failure("nested more than \(Self.maximumDepth) levels deep") }
        return try body(&self)
    }

    private mutating func object() throws -> JSONValue {
        position += 1
        var entries: [String: JSONValue] = [:]
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return .object(entries) }
        repeat {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw failure("expected a key in quotes") }
            let key = try string()
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { throw failure("expected ':' after the key") }
            if dropsAnnotations, literalDepth == 0 {
                skipWhitespace()
                if Self.annotationKeys.contains(key), position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                    try skipString()
                    skipWhitespace()
                    continue
                }
                if Self.literalKeys.contains(key) {
                    literalDepth += 1
                    defer { literalDepth -= 1 }
                    entries[key] = try value()
                    skipWhitespace()
                    continue
                }
            }
            entries[key] = try value()
            skipWhitespace()
        } while consume(UInt8(ascii: ","))
        guard consume(UInt8(ascii: "}")) else { throw failure("expected ',' or '}'") }
        return .object(entries)
    }

    private mutating func array() throws -> JSONValue {
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return .array(items) }
        repeat {
            items.append(try value())
            skipWhitespace()
        } while consume(UInt8(ascii: ","))
        guard consume(UInt8(ascii: "]")) else { throw failure("expected ',' or ']'") }
        return .array(items)
    }

    /// A string at the opening quote; text without escapes is taken over as it is.
    mutating func string() throws -> String {
        position += 1
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                defer { position += 1 }
                return try text(start..<position)
            case UInt8(ascii: "\\"):
                return try escapedString(prefix: text(start..<position))
            case 0..<0x20:
                throw failure("control character in a string")
            default:
                position += 1
            }
        }
        throw failure("unterminated string")
    }

    /// Passes over a string at its opening quote without building it; escapes are still checked.
    mutating func skipString() throws {
        position += 1
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                position += 1
                return
            case UInt8(ascii: "\\"):
                _ = try escapedString(prefix: "")
                return
            case 0..<0x20:
                throw failure("control character in a string")
            default:
                position += 1
            }
        }
        throw failure("unterminated string")
    }

    private mutating func escapedString(prefix: String) throws -> String {
        var result = prefix
        var run = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                result += try text(run..<position)
                position += 1
                if byte == UInt8(ascii: "\"") { return result }
                result.unicodeScalars.append(try escape())
                run = position
            } else if byte < 0x20 {
                throw failure("control character in a string")
            } else {
                position += 1
            }
        }
        throw failure("unterminated string")
    }

    /// The character of the escape after a backslash.
    private mutating func escape() throws -> Unicode.Scalar {
        guard position < bytes.count else { throw failure("unterminated string") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(byte)
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hexUnit()
            guard UTF16.isLeadSurrogate(unit) else {
                guard !UTF16.isTrailSurrogate(unit), let scalar = Unicode.Scalar(unit) else { throw failure("lone surrogate in \\u escape") }
                return scalar
            }
            guard consume(UInt8(ascii: "\\")), consume(UInt8(ascii: "u")) else { throw failure("lone surrogate in \\u escape") }
            let trail = try hexUnit()
            guard UTF16.isTrailSurrogate(trail) else { throw failure("lone surrogate in \\u escape") }
            return Unicode.Scalar(0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(trail - 0xDC00))!
        default:
            throw failure("unknown escape \\\(Character(Unicode.Scalar(byte)))")
        }
    }

    private mutating func hexUnit() throws -> UInt16 {
        guard position + 4 <= bytes.count else { throw failure("expected four hex digits after \\u") }
        var unit: UInt16 = 0
        for byte in bytes[position..<position + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): digit = (byte | 0x20) - UInt8(ascii: "a") + 10
            default: throw failure("expected four hex digits after \\u")
            }
            unit = unit << 4 | UInt16(digit)
        }
        position += 4
        return unit
    }

    private mutating func number() throws -> JSONValue {
        let start = position
        var integral = true
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let first = position
        let count = digits()
        guard count > 0 else { throw failure("expected a digit") }
        guard count == 1 || bytes[first] != UInt8(ascii: "0") else { throw failure("leading zero in a number") }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            integral = false
            guard digits() > 0 else { throw failure("expected a digit after '.'") }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            integral = false
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw failure("expected a digit in the exponent") }
        }
        let literal = try text(start..<position)
        if integral, let integer = Int(literal) { return .int(integer) }
        guard let double = Double(literal), double.isFinite else { throw failure("number out of range") }
        return .double(double)
    }

    /// Skips decimal digits; how many there were.
    private mutating func digits() -> Int {
        let start = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
        return position - start
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) throws -> JSONValue {
        let length = word.utf8CodeUnitCount
        guard position + length <= bytes.count,
              UnsafeBufferPointer(start: word.utf8Start, count: length).elementsEqual(bytes[position..<position + length])
        else { throw failure("expected a value") }
        position += length
        return value
    }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private func text(_ range: Range<Int>) throws -> String {
        guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) else {
            throw failure("text that is not UTF-8")
        }
        return text
    }

    func failure(_ problem: String) -> Failure {
        var line = 1, lineStart = 0
        for index in 0..<min(position, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return Failure(line: line, column: position - lineStart + 1, problem: problem)
    }
}
