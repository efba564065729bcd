import Yams

/// The tag Yams's default resolver gives an untagged plain scalar, found without its regular expressions for the
/// two common shapes of a blueprint value: text that starts with an ASCII letter (only the YAML 1.1 booleans and
/// `null` spellings are not strings) and a run of decimal digits (an integer, unless a leading zero makes Yams read
/// it as octal or a float). Any other text is left to `Resolver.default`; nil means "ask it".
enum PlainScalarTag {
    private static let booleans: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
    ]
    private static let nulls: Set<String> = ["null", "Null", "NULL"]

    static func common(_ text: String) -> Tag.Name? {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next() else { return nil }
        switch first {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            guard text.utf8.count <= 5 else { return .str }
            return booleans.contains(text) ? .bool : nulls.contains(text) ? .null : .str
        case UInt8(ascii: "1")...UInt8(ascii: "9"):
            while let byte = bytes.next() {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            }
            return .int
        default:
            return nil
        }
    }
}
