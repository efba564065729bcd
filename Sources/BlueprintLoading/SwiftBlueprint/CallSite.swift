/// Finds, in a blueprint's source, the call whose argument list holds a place swiftc reported: `Redis` for an
/// extra argument inside `Redis(…)`. Comments and string literals (raw, multi-line, with interpolations) are
/// skipped, so their parentheses do not count. Lines and columns are 1-based, columns in UTF-8 bytes, like swiftc's.
struct CallSite {
    /// The called name, such as `Redis` or `days` for `.days(`; nil for a parenthesis after no name.
    let callee: String?
    /// The byte offset of the call's `(`.
    let openParenthesis: Int

    /// The innermost call open at `line`:`column` (a `(` at that very place counts as open).
    static func enclosing(line: Int, column: Int, in source: [UInt8]) -> CallSite? {
        guard let target = SourceBytes.offset(line: line, column: column, in: source) else { return nil }
        var scanner = Scanner(source: source)
        return scanner.openCall(through: target)
    }
}

extension CallSite {
    /// A forward scan that keeps the open parentheses, and the string literals they interpolate into.
    private struct Scanner {
        /// A string literal: its `#` count and whether it is `"""` multi-line.
        struct Literal { var hashes: Int; var multiline: Bool }
        enum Frame { case call(CallSite), interpolation(Literal) }

        let source: [UInt8]
        var index = 0
        var frames: [Frame] = []
        var literal: Literal?

        init(source: [UInt8]) { self.source = source }

        mutating func openCall(through target: Int) -> CallSite? {
            while index <= target, index < source.count {
                if let open = literal { scanLiteral(open) } else { scanCode() }
            }
            guard case .call(let site) = frames.last else { return nil }
            return site
        }

        private func byte(_ at: Int) -> UInt8? { at < source.count ? source[at] : nil }

        private func count(_ wanted: UInt8, from start: Int) -> Int {
            var end = start
            while byte(end) == wanted { end += 1 }
            return end - start
        }

        private mutating func scanCode() {
            let current = source[index]
            switch current {
            case UInt8(ascii: "/") where byte(index + 1) == UInt8(ascii: "/"):
                while index < source.count, source[index] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "/") where byte(index + 1) == UInt8(ascii: "*"):
                skipBlockComment()
            case UInt8(ascii: "#"), UInt8(ascii: "\""):
                let hashes = count(UInt8(ascii: "#"), from: index)
                guard byte(index + hashes) == UInt8(ascii: "\"") else { index += max(hashes, 1); return }
                let multiline = count(UInt8(ascii: "\""), from: index + hashes) >= 3
                literal = Literal(hashes: hashes, multiline: multiline)
                index += hashes + (multiline ? 3 : 1)
            case UInt8(ascii: "("):
                frames.append(.call(CallSite(callee: name(before: index), openParenthesis: index)))
                index += 1
            case UInt8(ascii: ")"):
                if case .interpolation(let resumed) = frames.popLast() { literal = resumed }
                index += 1
            default:
                index += 1
            }
        }

        private mutating func scanLiteral(_ open: Literal) {
            let current = source[index]
            if current == UInt8(ascii: "\\"), count(UInt8(ascii: "#"), from: index + 1) >= open.hashes {
                let after = index + 1 + open.hashes
                if byte(after) == UInt8(ascii: "(") {
                    frames.append(.interpolation(open))
                    literal = nil
                }
                index = after + 1
                return
            }
            let quotes = open.multiline ? 3 : 1
            if current == UInt8(ascii: "\""), count(UInt8(ascii: "\""), from: index) >= quotes,
               count(UInt8(ascii: "#"), from: index + quotes) >= open.hashes {
                literal = nil
                index += quotes + open.hashes
                return
            }
            index += 1
        }

        private mutating func skipBlockComment() {
            var depth = 0
            repeat {
                if byte(index) == UInt8(ascii: "/"), byte(index + 1) == UInt8(ascii: "*") {
                    depth += 1
                    index += 2
                } else if byte(index) == UInt8(ascii: "*"), byte(index + 1) == UInt8(ascii: "/") {
                    depth -= 1
                    index += 2
                } else {
                    index += 1
                }
            } while depth > 0 && index < source.count
        }

        /// The identifier that ends right before `end` (spaces allowed between), if any.
        private func name(before end: Int) -> String? {
            var stop = end
            while stop > 0, source[stop - 1] == UInt8(ascii: " ") { stop -= 1 }
            var start = stop
            while start > 0, SourceBytes.isIdentifier(source[start - 1]) { start -= 1 }
            return start < stop ? String(decoding: source[start..<stop], as: UTF8.self) : nil
        }
    }
}
