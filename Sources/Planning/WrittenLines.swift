import Emitters
import Foundation

/// A text in the subset `YAMLWriter` writes, split into lines: ASCII without `\r`, a final newline, `#` header
/// lines, one `---` line, then one block document with no later line starting with `---` or `...`.
struct WrittenLines {
    /// One line: bytes `start..<end` without the `\n`, `indent` spaces first (all of them on a blank line).
    struct Line {
        let start: Int
        let end: Int
        let indent: Int
        var isEmpty: Bool { start == end }
    }

    /// A block map's entries sorted by key: each key with its lines.
    typealias Entries = [(key: String, lines: Range<Int>)]

    /// The text's bytes, valid while the `withBytes` call that made them runs.
    let bytes: UnsafeBufferPointer<UInt8>
    let lines: [Line]
    /// The document's lines, after the header and `---`.
    let body: Range<Int>

    /// Calls `body` with the text's UTF-8 bytes, without copying a native string.
    static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var text = text
        text.makeContiguousUTF8()
        // A contiguous string always has contiguous storage.
        return try text.utf8.withContiguousStorageIfAvailable(body)!
    }

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.last == .newline, Self.isASCIIWithoutReturns(bytes) else { return nil }
        var lines: [Line] = []
        lines.reserveCapacity(bytes.count / 16)
        var index = 0
        while index < bytes.count {
            let start = index
            while bytes[index] == .space { index += 1 }
            // The text ends with a newline, so there is one ahead.
            let end = UnsafeRawPointer(memchr(base + index, Int32(UInt8.newline), bytes.count - index)!) - UnsafeRawPointer(base)
            lines.append(Line(start: start, end: end, indent: index - start))
            index = end + 1
        }
        var first = 0
        while first < lines.count, bytes[lines[first].start] == .hash { first += 1 }
        guard first < lines.count, Self.isMarker(bytes, lines[first]), lines[first].end - lines[first].start == 3 else { return nil }
        // A later line starting with `---` or `...` may be a document marker; Yams knows.
        guard !lines[(first + 1)...].contains(where: { Self.isMarker(bytes, $0) }) else { return nil }
        self.bytes = bytes
        self.lines = lines
        self.body = (first + 1)..<lines.count
    }

    /// Whether every byte is ASCII but `\r` (a loop without early exit, which the compiler vectorizes).
    private static func isASCIIWithoutReturns(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var flags: UInt8 = 0
        for byte in bytes { flags |= byte | (byte == UInt8(ascii: "\r") ? 0x80 : 0) }
        return flags < 0x80
    }

    /// Whether the line starts with `---` or `...`.
    private static func isMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        let first = bytes[line.start]
        return (first == .dash || first == UInt8(ascii: ".")) && line.end - line.start >= 3
            && bytes[line.start + 1] == first && bytes[line.start + 2] == first
    }

    /// The entries of the block map at `indent` over `range`, sorted by key: a line at `indent` starts an entry,
    /// which runs until the next one. Nil when a line there is not a `key:` entry, a line is less indented, or a key
    /// repeats.
    func entries(in range: Range<Int>, indent: Int) -> Entries? {
        guard let first = range.first, !lines[first].isEmpty, lines[first].indent == indent else { return nil }
        var entries: Entries = []
        for index in range where lines[index].indent <= indent && !lines[index].isEmpty {
            let line = lines[index]
            guard line.indent == indent, let entry = WrittenSyntax.entry(bytes, line.start + indent, line.end) else { return nil }
            if let last = entries.indices.last { entries[last].lines = entries[last].lines.lowerBound..<index }
            entries.append((WrittenSyntax.text(of: entry.key, in: bytes), index..<range.upperBound))
        }
        entries.sort { $0.key < $1.key }
        guard zip(entries, entries.dropFirst()).allSatisfy({ $0.key != $1.key }) else { return nil }
        return entries
    }

    /// Whether the lines `range` hold the same bytes as `otherRange` in `other`.
    func sameText(_ range: Range<Int>, as other: WrittenLines, _ otherRange: Range<Int>) -> Bool {
        let start = lines[range.lowerBound].start, count = lines[range.upperBound - 1].end - start
        let otherStart = other.lines[otherRange.lowerBound].start
        guard count == other.lines[otherRange.upperBound - 1].end - otherStart else { return false }
        return memcmp(bytes.baseAddress! + start, other.bytes.baseAddress! + otherStart, count) == 0
    }

    /// The lines of the nested block map of the `key:` entry `entry` at `indent`, or nil when its value is not one.
    func nestedMap(_ entry: Range<Int>, indent: Int) -> Range<Int>? {
        let first = lines[entry.lowerBound]
        guard entry.count > 1, bytes[first.end - 1] == .colon, WrittenSyntax.entry(bytes, first.start + indent, first.end)?.value == first.end
        else { return nil }
        let next = lines[entry.lowerBound + 1]
        guard next.indent == indent + 2, WrittenSyntax.entry(bytes, next.start + next.indent, next.end) != nil else { return nil }
        return (entry.lowerBound + 1)..<entry.upperBound
    }
}
