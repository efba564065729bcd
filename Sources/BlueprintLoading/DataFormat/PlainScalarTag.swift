import Yams

/// The tag Yams's default resolver gives an untagged plain scalar, found without its regular expressions for the
/// common shapes of a blueprint value: text that starts with an ASCII letter (only the YAML 1.1 booleans and `null`
/// spellings are not strings), a run of decimal digits (an integer, unless a leading zero makes Yams read it as octal
/// or a float), and text that starts with a digit but holds a character no number or timestamp can (`50TB`, `4Gi`:
/// strings). Any other text is left to `Resolver.default`; nil means "ask it".
enum PlainScalarTag {
    private static let booleans: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
    ]
    private static let nulls: Set<String> = ["null", "Null", "NULL"]
    /// The bytes other than digits that Yams's int and float patterns allow after a leading digit (separators, signs,
    /// exponents), those a timestamp adds (`2024-01-01T10:00:00Z`), and the radix letters after a leading `0`, whose
    /// hex and binary digits are left to the resolver.
    private static let numberBytes = Set("_:.+-eE".utf8)
    private static let timestampBytes = Set("tTZ \t".utf8)
    private static let radixPrefixes = Set("xob".utf8)

    static func common(_ text: String) -> Tag.Name? {
        guard let first = text.utf8.first else { return nil }
        switch first {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            guard text.utf8.count <= 5 else { return .str }
            return booleans.contains(text) ? .bool : nulls.contains(text) ? .null : .str
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            let utf8 = Array(text.utf8)
            if utf8.count > 1, first == UInt8(ascii: "0"), radixPrefixes.contains(utf8[1]) { return nil }
            let timestamp = utf8.count > 4 && utf8[4] == UInt8(ascii: "-")
            var decimal = first != UInt8(ascii: "0") || utf8.count == 1
            for byte in utf8.dropFirst() where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                guard numberBytes.contains(byte) || (timestamp && timestampBytes.contains(byte)) else { return .str }
                decimal = false
            }
            return decimal ? .int : nil
        default:
            return nil
        }
    }
}
