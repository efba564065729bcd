/// The type that Yams's default resolver gives an untagged plain scalar, matched by hand: the resolver tries seven
/// regular expressions per scalar (bool, int, float, merge, null, timestamp, value, in that order), and those were
/// the costliest part of reading blueprints and our own YAML. The rules are YAML 1.1's, as Yams spells them:
/// `yes`/`on` are booleans, `0x1F`, `0o17`, `0b101`, `1_000` and `1:30` integers, `1e3`, `.5` and `.inf` floats.
public enum YAMLImplicitType: Sendable, Hashable {
    case bool, int, float, merge, null, timestamp, value, string

    /// The type of `text`; nil for text beyond ASCII or with a line break, which is left to the resolver (its `$`
    /// also matches before a final line terminator).
    public static func of(_ text: String) -> YAMLImplicitType? {
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0A || $0 == 0x0D }) else { return nil }
            guard let first = bytes.first else { return .null }
            switch first {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                guard bytes.count <= 5 else { return .string }
                let word = String(decoding: bytes, as: UTF8.self)
                return booleans.contains(word) ? .bool : nulls.contains(word) ? .null : .string
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if isInt(bytes) { return .int }
                if isFloat(bytes) { return .float }
                return isTimestamp(bytes) ? .timestamp : .string
            default:
                switch String(decoding: bytes, as: UTF8.self) {
                case "<<": return .merge
                case "~": return .null
                case "=": return .value
                default: return .string
                }
            }
        }
    }

    /// Whether a scalar typed `.bool` is true: `yes`, `true` and `on` in their three spellings.
    public static func isTrue(_ text: String) -> Bool { trueWords.contains(text) }

    private static let trueWords: Set<String> = ["yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]
    private static let booleans: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
    ]
    private static let nulls: Set<String> = ["null", "Null", "NULL"]

    /// `[-+]?0b[0-1_]+ | [-+]?0o?[0-7_]+ | [-+]?(0|[1-9][0-9_]*) | [-+]?0x[0-9a-fA-F_]+ | [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+`
    private static func isInt(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = ScalarCursor(bytes)
        cursor.takeSign()
        let start = cursor.index
        if cursor.take("0") {
            if cursor.atEnd { return true }
            if cursor.take("b") { return cursor.run(binary) > 0 && cursor.atEnd }
            if cursor.take("x") { return cursor.run(hex) > 0 && cursor.atEnd }
            _ = cursor.take("o")
            return cursor.run(octal) > 0 && cursor.atEnd
        }
        cursor.index = start
        guard cursor.take(where: nonZeroDigit) else { return false }
        cursor.run(digitOrUnderscore)
        if cursor.atEnd { return true }
        return cursor.sexagesimalGroups() && cursor.atEnd
    }

    /// `[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)? | \.[0-9_]+([eE][-+][0-9]+)? | [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*
    /// | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)`
    private static func isFloat(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = ScalarCursor(bytes)
        let signed = cursor.takeSign()
        if cursor.take(".") {
            let rest = String(decoding: UnsafeBufferPointer(rebasing: bytes[cursor.index...]), as: UTF8.self)
            if ["inf", "Inf", "INF"].contains(rest) { return true }
            if signed { return false }
            if ["nan", "NaN", "NAN"].contains(rest) { return true }
            guard cursor.run(digitOrUnderscore) > 0 else { return false }
            if cursor.atEnd { return true }
            guard cursor.take(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }), cursor.takeSign() else { return false }
            return cursor.run(digit) > 0 && cursor.atEnd
        }
        guard cursor.take(where: digit) else { return false }
        cursor.run(digitOrUnderscore)
        let afterDigits = cursor.index
        if cursor.sexagesimalGroups() {
            return cursor.take(".") && { cursor.run(digitOrUnderscore); return cursor.atEnd }()
        }
        cursor.index = afterDigits
        if cursor.take(".") { cursor.run(digitOrUnderscore) }
        if cursor.take(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            cursor.takeSign()
            guard cursor.run(digit) > 0 else { return false }
        }
        return cursor.atEnd
    }

    /// `[0-9]{4}-[0-9]{2}-[0-9]{2}`, or `[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?`
    /// `([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?`
    private static func isTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = ScalarCursor(bytes)
        guard cursor.run(digit) == 4, cursor.take("-") else { return false }
        let month = cursor.run(digit)
        guard (1...2).contains(month), cursor.take("-") else { return false }
        let day = cursor.run(digit)
        guard (1...2).contains(day) else { return false }
        if cursor.atEnd { return month == 2 && day == 2 }
        if !cursor.take(where: { $0 == UInt8(ascii: "T") || $0 == UInt8(ascii: "t") }) {
            guard cursor.run(blank) > 0 else { return false }
        }
        guard (1...2).contains(cursor.run(digit)), cursor.take(":"), cursor.run(digit) == 2, cursor.take(":"), cursor.run(digit) == 2 else {
            return false
        }
        if cursor.take(".") { cursor.run(digit) }
        if cursor.atEnd { return true }
        cursor.run(blank)
        if cursor.take("Z") { return cursor.atEnd }
        guard cursor.takeSign(), (1...2).contains(cursor.run(digit)) else { return false }
        if cursor.take(":") { guard cursor.run(digit) == 2 else { return false } }
        return cursor.atEnd
    }

    private static func digit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    private static func nonZeroDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(byte) }
    private static func digitOrUnderscore(_ byte: UInt8) -> Bool { digit(byte) || byte == UInt8(ascii: "_") }
    private static func binary(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "0") || byte == UInt8(ascii: "1") || byte == UInt8(ascii: "_") }
    private static func octal(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(byte) || byte == UInt8(ascii: "_") }
    private static func blank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    private static func hex(_ byte: UInt8) -> Bool {
        digitOrUnderscore(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }
}

/// A position in a scalar's bytes for `YAMLImplicitType`'s hand-written patterns.
private struct ScalarCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    mutating func take(_ character: Unicode.Scalar) -> Bool { take { $0 == UInt8(ascii: character) } }

    mutating func take(where matches: (UInt8) -> Bool) -> Bool {
        guard index < bytes.count, matches(bytes[index]) else { return false }
        index += 1
        return true
    }

    /// An optional `+` or `-`; whether there was one.
    @discardableResult
    mutating func takeSign() -> Bool { take { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") } }

    /// Consumes bytes while they match; how many.
    @discardableResult
    mutating func run(_ matches: (UInt8) -> Bool) -> Int {
        let start = index
        while index < bytes.count, matches(bytes[index]) { index += 1 }
        return index - start
    }

    /// `(:[0-5]?[0-9])+`; on failure the position is unspecified.
    mutating func sexagesimalGroups() -> Bool {
        var groups = 0
        while take(":") {
            let start = index
            let count = run { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            guard count == 1 || (count == 2 && bytes[start] <= UInt8(ascii: "5")) else { return false }
            groups += 1
        }
        return groups > 0
    }
}
