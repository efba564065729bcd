import LakeModel

/// Renders scalars so that YAML 1.1 parsers (Kubernetes, Helm, PyYAML) read back exactly the
/// string that was meant: anything a 1.1 parser would take for a bool, null, number or timestamp is
/// quoted, keys included.
enum YAMLScalar {
    /// YAML 1.1 booleans and nulls, in every spelling the spec allows.
    static let reserved: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL", "=", "<<",
    ]

    /// The text of a string scalar: plain when safe, otherwise double-quoted.
    static func string(_ text: String) -> String { needsQuotes(text) ? quoted(text) : text }

    static func needsQuotes(_ text: String) -> Bool {
        ASCIIScan.withBytes(text, asciiVerdict) ?? characterRulesNeedQuotes(text)
    }

    /// The verdict for text read as bytes in place (every scalar a document holds is asked, and walking the UTF-8 view
    /// index by index, Character rules for numbers and a `Set` of reserved words cost about 1,300 instructions a
    /// scalar); nil when a byte of 0x80 or more comes before any control byte, as the Character rules then apply.
    private static func asciiVerdict(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = bytes.first, let last = bytes.last else { return true }
        var previous: UInt8 = 0
        var endsPlainScalar = false
        for byte in bytes {
            guard byte >= 0x20 && byte < 0x7F else { return byte < 0x80 ? true : nil }
            if (byte == space && previous == colon) || (byte == hash && previous == space) { endsPlainScalar = true }
            previous = byte
        }
        // Printable ASCII: every byte is one Character, so the Character rules hold byte by byte.
        if endsPlainScalar || indicatorBytes[Int(first)] || first == space || last == space || last == colon { return true }
        if bytes.count <= 5 && reservedStartBytes[Int(first)] && reservedByLength[bytes.count].contains(where: bytes.elementsEqual) { return true }
        if numericStartBytes[Int(first)] && ASCIINumbers.looksNumeric(bytes) { return true }
        return first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") && ASCIINumbers.looksLikeTimestamp(bytes)
    }

    private static let colon = UInt8(ascii: ":"), space = UInt8(ascii: " "), hash = UInt8(ascii: "#")
    /// First characters that make a plain scalar something else (flow, anchor, tag, block, quote...), as a table
    /// by byte (a `Set` lookup hashed every scalar's first byte).
    private static let indicatorBytes = byteTable(indicatorCharacters)
    private static let indicatorCharacters = "-?:,[]{}#&*!|>'\"%@`"
    /// First characters of every text `looksNumeric` accepts (`-` is an indicator already).
    private static let numericStartBytes = byteTable("0123456789.+")
    /// First characters of the `reserved` words.
    private static let reservedStartBytes = byteTable("yYnNtTfFoO~=<")
    /// The `reserved` words' bytes by length (all are 1 to 5 bytes), compared in place of hashing a new `String`.
    private static let reservedByLength: [[[UInt8]]] = (0...5).map { length in reserved.map { Array($0.utf8) }.filter { $0.count == length } }

    /// Whether each byte value is one of the ASCII `characters`.
    private static func byteTable(_ characters: String) -> [Bool] {
        (0...255).map { characters.utf8.contains(UInt8($0)) }
    }

    /// The rules by Character, for text with non-ASCII characters (combining marks, other scripts).
    static func characterRulesNeedQuotes(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return true }
        if reserved.contains(text) || looksNumeric(text) || looksLikeTimestamp(text) { return true }
        if indicatorCharacters.contains(first) { return true }
        if first == " " || last == " " || last == ":" { return true }
        if text.contains(": ") || text.contains(" #") || text.contains("\t") { return true }
        return text.unicodeScalars.contains(where: mustEscape)
    }

    /// Characters a YAML scalar spells as an escape: C0 and C1 controls, DEL, the byte-order mark, and U+2028 and
    /// U+2029, which YAML 1.1 readers take as line breaks.
    static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFEFF || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    private static let numericCharacters = Set("0123456789_.:eE+-")

    /// Integers (decimal, octal, hex, binary, sexagesimal, with `_`), floats, `.inf` and `.nan`.
    static func looksNumeric(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        guard let first = body.first else { return false }
        let lowered = body.lowercased()
        if [".inf", ".nan"].contains(lowered) { return true }
        if lowered.hasPrefix("0x") || lowered.hasPrefix("0b") || lowered.hasPrefix("0o") { return true }
        guard first.isNumber || first == "." else { return false }
        return body.allSatisfy { numericCharacters.contains($0) } && body.contains(where: \.isNumber)
    }

    /// `2001-12-14` and friends, which YAML 1.1 reads as timestamps.
    static func looksLikeTimestamp(_ text: String) -> Bool {
        let parts = text.prefix(10).split(separator: "-")
        return parts.count == 3 && parts[0].count == 4 && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if mustEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
