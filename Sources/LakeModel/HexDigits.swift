/// Lowercase hexadecimal text of bytes (a SHA-256 digest, say) without a formatter per byte. Inlinable, so that it is
/// specialized for the caller's sequence: unspecialized, every digest took about 18,000 instructions (issue 18).
extension Sequence where Element == UInt8 {
    @inlinable public var lowercaseHex: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
