import Emitters

/// Reads the YAML that Lakeform's own `YAMLWriter` writes — `#` header lines, one `---` document of block
/// mappings and lists, two-space indentation, plain and double-quoted scalars, `[]`, `{}` and literal
/// blocks, in ASCII — five to eight times faster than Yams. It reads the bytes, so a writer bug still shows.
/// Anything outside that subset (flow collections, single quotes, anchors, tags, comments in the body,
/// duplicate keys, other escapes...) makes it return nil, and Yams reads the text instead; inside the
/// subset it reads what Yams reads (YAML 1.1 scalars, typed by `JSONValue.plain`). Keys and scalars follow
/// `WrittenSyntax`, the byte rules Planning's `BlockDiff` shares.
struct WrittenYAMLReader {
    private let bytes: [UInt8]
    /// Byte ranges of the lines, without their `\n`.
    private let lines: [Range<Int>]
    private var line = 0
    /// Where the current line's content starts when a `- ` before it was already read.
    private var column: Int?

    /// The documents of `text`, or nil when the text is not in the subset.
    static func documents(_ text: String) -> [JSONValue]? {
        guard var reader = WrittenYAMLReader(bytes: Array(text.utf8)), let document = reader.document() else { return nil }
        return [document]
    }

    private init?(bytes: [UInt8]) {
        guard bytes.last == newline, !bytes.contains(where: { $0 >= 0x80 || $0 == carriageReturn }) else { return nil }
        var lines: [Range<Int>] = [], start = 0
        for (index, byte) in bytes.enumerated() where byte == newline {
            lines.append(start..<index)
            start = index + 1
        }
        self.bytes = bytes
        self.lines = lines
    }

    /// Header comments, `---`, one value, the end.
    private mutating func document() -> JSONValue? {
        while line < lines.count, bytes[lines[line]].first == hash { line += 1 }
        guard line < lines.count, bytes[lines[line]].elementsEqual("---".utf8) else { return nil }
        advance()
        // A later line starting with `---` or `...` may be a document marker; Yams knows.
        guard !lines[line...].contains(where: isMarkerLike) else { return nil }
        guard line < lines.count, indent() == 0, let value = block(indent: 0) else { return nil }
        return line == lines.count ? value : nil
    }

    /// Whether a line starts with `---` or `...` (compared byte by byte: the generic `starts(with:)` was 3% of reading).
    private func isMarkerLike(_ range: Range<Int>) -> Bool {
        guard range.count >= 3 else { return false }
        let first = bytes[range.lowerBound]
        return (first == dash || first == UInt8(ascii: ".")) && bytes[range.lowerBound + 1] == first && bytes[range.lowerBound + 2] == first
    }

    // MARK: Blocks

    /// The mapping, list or single scalar whose first line is the current one, at `indent`.
    private mutating func block(indent: Int) -> JSONValue? {
        let content = self.content()
        if content.first == dash, content.count == 1 || content[content.startIndex + 1] == space { return list(indent: indent) }
        if entryKey(content) != nil { return mapping(indent: indent) }
        return indent == 0 ? inline(content, blockIndent: 2) : nil
    }

    private mutating func mapping(indent: Int) -> JSONValue? {
        var entries: [String: JSONValue] = [:]
        while line < lines.count, self.indent() == indent {
            let content = self.content()
            guard let (key, rest) = entryKey(content), entries[key] == nil else { return nil }
            if rest.isEmpty {
                advance()
                guard line < lines.count, self.indent() == indent + 2, let value = block(indent: indent + 2) else { return nil }
                entries[key] = value
            } else {
                guard let value = inline(rest, blockIndent: indent + 2) else { return nil }
                entries[key] = value
            }
        }
        return line == lines.count || self.indent() < indent ? .object(entries) : nil
    }

    private mutating func list(indent: Int) -> JSONValue? {
        var items: [JSONValue] = []
        while line < lines.count, self.indent() == indent {
            let content = self.content()
            guard content.count > 2, content.first == dash, content[content.startIndex + 1] == space else { return nil }
            let rest = content.dropFirst(2)
            if rest.first == dash || entryKey(rest) != nil {
                column = rest.startIndex - lines[line].lowerBound
                guard let value = block(indent: indent + 2) else { return nil }
                items.append(value)
            } else {
                guard let value = inline(rest, blockIndent: indent + 2) else { return nil }
                items.append(value)
            }
        }
        return line == lines.count || self.indent() < indent ? .array(items) : nil
    }

    // MARK: Lines

    private mutating func advance() {
        line += 1
        column = nil
    }

    /// Spaces before the current line's content (or the column after a `- ` already read).
    private func indent() -> Int {
        if let column { return column }
        let range = lines[line]
        return bytes[range].firstIndex { $0 != space }.map { $0 - range.lowerBound } ?? range.count
    }

    private func content() -> ArraySlice<UInt8> { bytes[(lines[line].lowerBound + indent())..<lines[line].upperBound] }

    /// The key of a `key: value` or `key:` line and what follows `: `; nil when the line is not an entry.
    private func entryKey(_ content: ArraySlice<UInt8>) -> (String, ArraySlice<UInt8>)? {
        bytes.withUnsafeBufferPointer { buffer in
            WrittenSyntax.entry(buffer, content.startIndex, content.endIndex).map { entry in
                (WrittenSyntax.text(of: entry.key, in: buffer), content[entry.value...])
            }
        }
    }

    // MARK: Scalars

    /// A value written on its line (moving past the line), or a literal block starting there.
    private mutating func inline(_ text: ArraySlice<UInt8>, blockIndent: Int) -> JSONValue? {
        advance()
        if text.elementsEqual("[]".utf8) { return .array([]) }
        if text.elementsEqual("{}".utf8) { return .object([:]) }
        if text.elementsEqual("|".utf8) || text.elementsEqual("|-".utf8) { return literal(indent: blockIndent, keepsNewline: text.count == 1) }
        if text.first == quote {
            guard let (value, end) = quoted(text), end == text.endIndex else { return nil }
            return .string(value)
        }
        guard isPlain(text, dashAllowed: true) else { return nil }
        return JSONValue.plain(String(decoding: text, as: UTF8.self))
    }

    /// A literal block's lines at `indent`; `|` keeps one final newline, `|-` none.
    private mutating func literal(indent: Int, keepsNewline: Bool) -> JSONValue? {
        var text: [UInt8] = []
        var first = true
        while line < lines.count {
            let range = lines[line]
            if range.isEmpty {
                guard !first else { return nil }
                text.append(newline)
            } else {
                let spaces = bytes[range].firstIndex { $0 != space }.map { $0 - range.lowerBound } ?? range.count
                if spaces < indent { break }
                // libyaml rejects a tab where indentation could continue.
                guard spaces < range.count, !first || spaces == indent, bytes[range.lowerBound + spaces] != tab else { return nil }
                if !first { text.append(newline) }
                text += bytes[(range.lowerBound + indent)..<range.upperBound]
            }
            first = false
            advance()
        }
        guard !first, text.last != newline else { return nil }
        if keepsNewline { text.append(newline) }
        return .string(String(decoding: text, as: UTF8.self))
    }

    /// Text YAML reads as one plain scalar exactly as written (`WrittenSyntax.isPlain`).
    private func isPlain(_ text: ArraySlice<UInt8>, dashAllowed: Bool) -> Bool {
        bytes.withUnsafeBufferPointer { WrittenSyntax.isPlain($0, text.startIndex, text.endIndex, dashAllowed: dashAllowed) }
    }

    /// A double-quoted scalar at the start of `text` with the escapes the writer uses, decoded, and the index after
    /// its closing quote.
    private func quoted(_ text: ArraySlice<UInt8>) -> (String, Int)? {
        bytes.withUnsafeBufferPointer { buffer in
            WrittenSyntax.quoted(buffer, text.startIndex, text.endIndex).map { end, _ in
                (String(decoding: WrittenSyntax.unescaped(buffer, text.startIndex + 1, end - 1), as: UTF8.self), end)
            }
        }
    }
}

private let newline = UInt8.newline, carriageReturn = UInt8(ascii: "\r"), space = UInt8.space
private let dash = UInt8.dash, hash = UInt8.hash, quote = UInt8.quote, tab = UInt8.tab
