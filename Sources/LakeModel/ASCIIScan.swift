/// A scan of text's bytes for escapers: text holding none of the ASCII bytes an escaper rewrites is returned as it
/// is, not rebuilt Character by Character (about 240 instructions a Character for a diagram's labels).
public enum ASCIIScan {
    /// `body` over `text`'s UTF-8 bytes: in place when the string holds them together (a native string does),
    /// else over a copy. Inlinable, so each caller gets it specialized: called generically across modules it cost
    /// more than the scans it serves.
    @inlinable
    public static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether any UTF-8 byte of `text` is one of the ASCII `bytes`.
    public static func contains(_ text: String, anyOf bytes: StaticString) -> Bool {
        let wanted = UnsafeBufferPointer(start: bytes.utf8Start, count: bytes.utf8CodeUnitCount)
        return withBytes(text) { $0.contains(where: wanted.contains) }
    }

    /// `text` split at an ASCII byte, as `split(separator:omittingEmptySubsequences:)` splits it at that Character
    /// wherever the byte is a Character of its own: everywhere but a line feed after a carriage return. Splitting by
    /// Character cost about 4,000 instructions for a key path such as `spec.kafka.replicas`.
    public static func split(_ text: String, at byte: UInt8, omittingEmptySubsequences: Bool = true) -> [Substring] {
        let bounds = withBytes(text) { partBounds($0, at: byte, omittingEmptySubsequences: omittingEmptySubsequences) }
        let start = text.utf8.startIndex
        return bounds.map { text[text.utf8.index(start, offsetBy: $0.lowerBound)..<text.utf8.index(start, offsetBy: $0.upperBound)] }
    }

    /// The byte offsets of the parts between `byte`s.
    private static func partBounds(_ bytes: UnsafeBufferPointer<UInt8>, at byte: UInt8, omittingEmptySubsequences: Bool) -> [Range<Int>] {
        var bounds: [Range<Int>] = []
        var partStart = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == byte {
            if !omittingEmptySubsequences || index > partStart { bounds.append(partStart..<index) }
            partStart = index + 1
        }
        return bounds
    }
}
