import Emitters

/// Counts the leaves of a map entry in `YAMLWriter`'s subset as `PlanTree.leaves` counts them (one per scalar,
/// `[]`, `{}` or literal block), checking each line by the writer's `WrittenSyntax`, without
/// building anything. Maps must be in the writer's key order, which also rules out the repeated keys Yams rejects.
struct WrittenLeafCounter {
    private let text: WrittenLines
    private let end: Int
    private var line: Int
    /// Where the current line's content starts when a `- ` before it was already read.
    private var column: Int?

    /// The leaves of the map entry on lines `entry` at `indent`, or nil when a line is outside the subset.
    static func leaves(of entry: Range<Int>, indent: Int, in text: WrittenLines) -> Int? {
        var counter = WrittenLeafCounter(text: text, end: entry.upperBound, line: entry.lowerBound)
        guard let leaves = counter.mapping(indent: indent), counter.line == entry.upperBound else { return nil }
        return leaves
    }

    /// The map or list whose first line is the current one, at `indent`.
    private mutating func block(indent: Int) -> Int? {
        let (start, stop) = content()
        guard start < stop else { return nil }
        if isDash(start, stop) { return list(indent: indent) }
        return mapping(indent: indent)
    }

    private mutating func mapping(indent: Int) -> Int? {
        var leaves = 0
        var previous: WrittenSyntax.Key?
        while line < end, self.indent() == indent {
            let (start, stop) = content()
            guard let (key, value) = WrittenSyntax.entry(text.bytes, start, stop) else { return nil }
            if let previous, !WrittenSyntax.precedes(previous, key, in: text.bytes) { return nil }
            previous = key
            if value == stop {
                advance()
                guard line < end, self.indent() == indent + 2, let nested = block(indent: indent + 2) else { return nil }
                leaves += nested
            } else {
                guard inline(value, stop, blockIndent: indent + 2) else { return nil }
                leaves += 1
            }
        }
        return line == end || self.indent() < indent ? leaves : nil
    }

    private mutating func list(indent: Int) -> Int? {
        var leaves = 0
        while line < end, self.indent() == indent {
            let (start, stop) = content()
            guard stop - start > 2, text.bytes[start] == .dash, text.bytes[start + 1] == .space else { return nil }
            let rest = start + 2
            if isDash(rest, stop) || WrittenSyntax.entry(text.bytes, rest, stop) != nil {
                column = rest - text.lines[line].start
                guard let nested = block(indent: indent + 2) else { return nil }
                leaves += nested
            } else {
                guard inline(rest, stop, blockIndent: indent + 2) else { return nil }
                leaves += 1
            }
        }
        return line == end || self.indent() < indent ? leaves : nil
    }

    /// Whether the value `start..<stop` written on its line (or the literal block it starts) is in the subset;
    /// moves past it.
    private mutating func inline(_ start: Int, _ stop: Int, blockIndent: Int) -> Bool {
        advance()
        let bytes = text.bytes, first = bytes[start]
        if stop - start == 2, (first == UInt8(ascii: "[") && bytes[start + 1] == UInt8(ascii: "]"))
            || (first == UInt8(ascii: "{") && bytes[start + 1] == UInt8(ascii: "}")) { return true }
        if first == UInt8(ascii: "|"), stop - start == 1 || (stop - start == 2 && bytes[start + 1] == .dash) { return literal(indent: blockIndent) }
        if first == .quote { return WrittenSyntax.quoted(bytes, start, stop)?.end == stop }
        return WrittenSyntax.isPlain(bytes, start, stop, dashAllowed: true)
    }

    /// Whether a literal block's lines at `indent` follow: the first exactly there, no tab after the indentation,
    /// empty lines only between others.
    private mutating func literal(indent: Int) -> Bool {
        var first = true, lastEmpty = false
        while line < end {
            let current = text.lines[line]
            if current.isEmpty {
                guard !first else { return false }
                lastEmpty = true
            } else {
                if current.indent < indent { break }
                // libyaml rejects a tab where indentation could continue.
                guard current.indent < current.end - current.start, !first || current.indent == indent,
                      text.bytes[current.start + current.indent] != .tab else { return false }
                lastEmpty = false
            }
            first = false
            advance()
        }
        return !first && !lastEmpty
    }

    /// Whether the content `start..<stop` starts with a list item's `-` (alone or before a space; `-5` is a scalar).
    private func isDash(_ start: Int, _ stop: Int) -> Bool {
        text.bytes[start] == .dash && (start + 1 == stop || text.bytes[start + 1] == .space)
    }

    private mutating func advance() {
        line += 1
        column = nil
    }

    /// Spaces before the current line's content (or the column after a `- ` already read).
    private func indent() -> Int { column ?? text.lines[line].indent }

    private func content() -> (start: Int, stop: Int) { (text.lines[line].start + indent(), text.lines[line].end) }
}
