/// `YAMLScalar.looksNumeric` and `looksLikeTimestamp` for printable ASCII text, on its bytes: each byte is one
/// Character there, a Character is a number exactly when it is a digit, and lower-casing only maps `A`–`Z`.
enum ASCIINumbers {
    /// Integers (decimal, octal, hex, binary, sexagesimal, with `_`), floats, `.inf` and `.nan`.
    static func looksNumeric(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var body = bytes[...]
        if let sign = body.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { body = body.dropFirst() }
        guard let first = body.first else { return false }
        if lowercased(body, equals: ".inf") || lowercased(body, equals: ".nan") { return true }
        if body.count >= 2, first == UInt8(ascii: "0"), radixLetters.contains(lower(body[body.startIndex + 1])) { return true }
        guard isDigit(first) || first == UInt8(ascii: ".") else { return false }
        return body.allSatisfy { numericBytes[Int($0)] } && body.contains(where: isDigit)
    }

    /// `2001-12-14` and friends: the first ten bytes, split at `-` with empty parts dropped, are three runs of digits,
    /// the first of four.
    static func looksLikeTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var parts = 0, firstPart = 0, current = 0
        for byte in bytes.prefix(10) {
            if byte == UInt8(ascii: "-") {
                guard current > 0 else { continue }
                parts += 1
                if parts == 1 { firstPart = current }
                current = 0
            } else {
                guard isDigit(byte) else { return false }
                current += 1
            }
        }
        if current > 0 {
            parts += 1
            if parts == 1 { firstPart = current }
        }
        return parts == 3 && firstPart == 4
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    private static func lowercased(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, equals word: StaticString) -> Bool {
        bytes.count == word.utf8CodeUnitCount && zip(bytes, UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
            .allSatisfy { lower($0) == $1 }
    }

    private static let radixLetters: [UInt8] = Array("xbo".utf8)
    private static let numericBytes: [Bool] = (0...255).map { "0123456789_.:eE+-".utf8.contains(UInt8($0)) }
}
