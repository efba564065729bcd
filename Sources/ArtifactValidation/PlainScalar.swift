/// Which plain YAML scalars a YAML 1.1 resolver may read as something other than a string.
enum PlainScalar {
    /// False only for text that none of the default resolver's rules (bool, int, float, merge, null,
    /// timestamp, value) can match. Those all start with a digit, a sign, `.`, `~`, `<` or `=` and then use
    /// only digits, hex letters, `inf`/`nan`, separators and timestamp letters (`1000m` and `4Gi` cannot match);
    /// or they are empty, or one of the bool and null words of at most five letters. Text with a line break or
    /// a non-ASCII character is left to the resolver: its `$` also matches before a final line separator.
    static func mayBeTyped(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        if text.utf8.contains(where: { $0 >= 0x80 || $0 == lineFeed || $0 == carriageReturn }) { return true }
        if typedStarts.contains(first) { return text.utf8.allSatisfy(numberAlphabet.contains) }
        return text.utf8.count <= 5 && wordStarts.contains(first)
    }

    /// `true`, `false`, `null` and decimal integers without a sign, leading zero or `_` that fit an `Int`
    /// (`-` allowed): the resolver's answer for the values written most, without asking it. Nil otherwise.
    static func commonValue(_ text: String) -> JSONValue? {
        switch text {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default: break
        }
        let digits = text.utf8.first == UInt8(ascii: "-") ? text.utf8.dropFirst() : Substring(text).utf8[...]
        guard let first = digits.first, digits.count <= 18, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              first != UInt8(ascii: "0") || text == "0" else { return nil }
        return Int(text).map(JSONValue.int)
    }

    private static let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    private static let typedStarts = Set("0123456789+-.~<=".utf8)
    /// Every character of the int, float, timestamp, merge, null and value patterns.
    private static let numberAlphabet = Set("0123456789_.:+-~<=abcdefABCDEFoOxXiInNtTzZ \t".utf8)
    /// First letters of `yes`, `no`, `true`, `false`, `on`, `off` and `null` in their spellings.
    private static let wordStarts = Set("yYnNtTfFoO".utf8)
}
