/// A scan of text's bytes for escapers: text holding none of the ASCII bytes an escaper rewrites is returned as it
/// is, not rebuilt Character by Character (about 240 instructions a Character for a diagram's labels).
public enum ASCIIScan {
    /// Whether any UTF-8 byte of `text` is one of the ASCII `bytes`.
    public static func contains(_ text: String, anyOf bytes: StaticString) -> Bool {
        let wanted = UnsafeBufferPointer(start: bytes.utf8Start, count: bytes.utf8CodeUnitCount)
        return text.utf8.withContiguousStorageIfAvailable { $0.contains(where: wanted.contains) }
            ?? text.utf8.contains(where: wanted.contains)
    }

    /// `text` split at an ASCII byte, as `split(separator:omittingEmptySubsequences:)` splits it at that Character
    /// wherever the byte is a Character of its own: everywhere but a line feed after a carriage return. Splitting by
    /// Character cost about 4,000 instructions for a key path such as `spec.kafka.replicas`.
    public static func split(_ text: String, at byte: UInt8, omittingEmptySubsequences: Bool = true) -> [Substring] {
        text.utf8.split(separator: byte, omittingEmptySubsequences: omittingEmptySubsequences).map(Substring.init)
    }
}
