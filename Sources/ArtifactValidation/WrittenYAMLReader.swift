/// Reads the YAML that Lakeform's own `YAMLWriter` writes — `#` header lines, one `---` document of block
/// mappings and lists, two-space indentation, plain and double-quoted scalars, `[]`, `{}` and literal
/// blocks, in ASCII — five to eight times faster than Yams. It reads the bytes, so a writer bug still shows.
/// Anything outside that subset (flow collections, single quotes, anchors, tags, comments in the body,
/// duplicate keys, other escapes...) makes it return nil, and Yams reads the text instead; inside the
/// subset it reads what Yams reads (YAML 1.1 scalars, typed by `JSONValue.plain`).
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
        guard !lines[line...].contains(where: { bytes[$0].starts(with: "---".utf8) || bytes[$0].starts(with: "...".utf8) }) else { return nil }
        guard line < lines.count, indent() == 0, let value = block(indent: 0) else { return nil }
        return line == lines.count ? value : nil
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
        if content.first == quote {
            guard let (key, end) = Self.quoted(content), end - content.startIndex <= maximumKeyLength,
                  end == content.endIndex || content[end] == colon else { return nil }
            return Self.afterColon(content, end).map { (key, $0) }
        }
        guard let colonIndex = content.indices.first(where: { content[$0] == colon && ($0 + 1 == content.endIndex || content[$0 + 1] == space) })
        else { return nil }
        let key = content[content.startIndex..<colonIndex]
        guard key.count <= maximumKeyLength, Self.isPlain(key, dashAllowed: false) else { return nil }
        return Self.afterColon(content, colonIndex).map { (String(decoding: key, as: UTF8.self), $0) }
    }

    /// What follows `:` at `colonIndex`: empty at the end of the line, else the text after `: `.
    private static func afterColon(_ content: ArraySlice<UInt8>, _ colonIndex: Int) -> ArraySlice<UInt8>? {
        guard colonIndex < content.endIndex, content[colonIndex] == colon else { return nil }
        if colonIndex + 1 == content.endIndex { return content[content.endIndex...] }
        guard content[colonIndex + 1] == space, colonIndex + 2 < content.endIndex, content[colonIndex + 2] != space else { return nil }
        return content[(colonIndex + 2)...]
    }

    // MARK: Scalars

    /// A value written on its line (moving past the line), or a literal block starting there.
    private mutating func inline(_ text: ArraySlice<UInt8>, blockIndent: Int) -> JSONValue? {
        advance()
        if text.elementsEqual("[]".utf8) { return .array([]) }
        if text.elementsEqual("{}".utf8) { return .object([:]) }
        if text.elementsEqual("|".utf8) || text.elementsEqual("|-".utf8) { return literal(indent: blockIndent, keepsNewline: text.count == 1) }
        if text.first == quote {
            guard let (value, end) = Self.quoted(text), end == text.endIndex else { return nil }
            return .string(value)
        }
        guard Self.isPlain(text, dashAllowed: true) else { return nil }
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

    /// Text YAML reads as one plain scalar exactly as written: no leading indicator (but `-5` and `-x`
    /// when `dashAllowed`), no `: ` or ` #` inside, no tab, no space at either end, no `:` at the end.
    private static func isPlain(_ text: ArraySlice<UInt8>, dashAllowed: Bool) -> Bool {
        guard let first = text.first, let last = text.last, first != space, last != space, last != colon else { return false }
        if indicators.contains(first) {
            guard dashAllowed, first == dash, text.count > 1, text[text.startIndex + 1] != space else { return false }
        }
        var previous: UInt8 = 0
        for byte in text {
            if byte < 0x20 || byte == 0x7F || (previous == colon && byte == space) || (previous == space && byte == hash) { return false }
            previous = byte
        }
        return true
    }

    /// A double-quoted scalar at the start of `text` with the escapes the writer uses (`\"`, `\\`, `\n`,
    /// `\t`, `\r`, and `\uXXXX` below U+0080), and the index after its closing quote.
    private static func quoted(_ text: ArraySlice<UInt8>) -> (String, Int)? {
        var value: [UInt8] = [], index = text.startIndex + 1
        while index < text.endIndex {
            let byte = text[index]
            if byte == quote { return (String(decoding: value, as: UTF8.self), index + 1) }
            guard byte >= 0x20, byte != 0x7F else { return nil }
            guard byte == backslash else {
                value.append(byte)
                index += 1
                continue
            }
            guard index + 1 < text.endIndex else { return nil }
            switch text[index + 1] {
            case quote, backslash: value.append(text[index + 1])
            case UInt8(ascii: "n"): value.append(newline)
            case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
            case UInt8(ascii: "r"): value.append(carriageReturn)
            case UInt8(ascii: "u"):
                guard index + 6 <= text.endIndex, text[(index + 2)..<(index + 6)].allSatisfy(hexDigits.contains),
                      let code = UInt32(String(decoding: text[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16),
                      code < 0x80 else { return nil }  // libyaml drops an escaped BOM, for one; Yams decides the rest
                value.append(UInt8(code))
                index += 4
            default: return nil
            }
            index += 2
        }
        return nil
    }
}

private let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), space = UInt8(ascii: " ")
private let dash = UInt8(ascii: "-"), colon = UInt8(ascii: ":"), hash = UInt8(ascii: "#")
private let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), tab = UInt8(ascii: "\t")
private let hexDigits = Set("0123456789abcdefABCDEF".utf8)
/// YAML limits an implicit key to 1024 characters; libyaml rejects longer ones.
private let maximumKeyLength = 1024
/// Characters that cannot start a plain scalar as written (`-` only before a space).
private let indicators = Set("-?:,[]{}#&*!|>'\"%@`".utf8)
