/// Places in a blueprint's bytes as swiftc counts them: 1-based lines, and columns in UTF-8 bytes.
enum SourceBytes {
    /// The byte offset of `line`:`column`, if the source has it.
    static func offset(line: Int, column: Int, in source: [UInt8]) -> Int? {
        guard line >= 1, column >= 1 else { return nil }
        var start = 0, current = 1
        while current < line {
            guard let newline = source[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = newline + 1
            current += 1
        }
        let target = start + column - 1
        return target < source.count ? target : nil
    }

    /// The 1-based line and column of byte `offset`.
    static func location(of offset: Int, in source: [UInt8]) -> (line: Int, column: Int) {
        let before = source[..<min(offset, source.count)]
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        return (before.count(where: { $0 == UInt8(ascii: "\n") }) + 1, offset - lineStart + 1)
    }

    /// Whether `byte` can be part of a Swift identifier (ASCII letters, digits, `_`, and any non-ASCII byte).
    static func isIdentifier(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= 0x80 || byte == UInt8(ascii: "_") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }
}
