import Foundation

/// Byte rules of the YAML subset that `YAMLWriter` writes: which keys, plain scalars and double-quoted scalars
/// Yams reads exactly as written. Readers of that subset (ArtifactValidation's `WrittenYAMLReader`, Planning's
/// `BlockDiff`) share them; they work on byte indices so that a 5 MB scan allocates nothing.
public enum WrittenSyntax {
    /// A map key as written: its bytes `start..<end` without quotes; `escaped` when they hold `\` escapes.
    public struct Key: Sendable {
        public var start: Int
        public var end: Int
        public var escaped: Bool
    }

    /// The key of a `key: value` or `key:` line's content `start..<end` and where its value starts (`end` for
    /// `key:`); nil when the content is not such an entry.
    public static func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (key: Key, value: Int)? {
        guard start < end else { return nil }
        if bytes[start] == .quote {
            guard let (keyEnd, escaped) = quoted(bytes, start, end), keyEnd - start <= maximumKeyLength,
                  let value = afterColon(bytes, keyEnd, end) else { return nil }
            return (Key(start: start + 1, end: keyEnd - 1, escaped: escaped), value)
        }
        var colonIndex = start
        while colonIndex < end, bytes[colonIndex] != .colon || (colonIndex + 1 < end && bytes[colonIndex + 1] != .space) { colonIndex += 1 }
        guard colonIndex < end, colonIndex - start <= maximumKeyLength, isPlain(bytes, start, colonIndex, dashAllowed: false),
              let value = afterColon(bytes, colonIndex, end) else { return nil }
        return (Key(start: start, end: colonIndex, escaped: false), value)
    }

    /// Where the value after the `:` at `colonIndex` starts: `end` for a bare `key:`, else after `: `.
    private static func afterColon(_ bytes: UnsafeBufferPointer<UInt8>, _ colonIndex: Int, _ end: Int) -> Int? {
        guard colonIndex < end, bytes[colonIndex] == .colon else { return nil }
        if colonIndex + 1 == end { return end }
        guard bytes[colonIndex + 1] == .space, colonIndex + 2 < end, bytes[colonIndex + 2] != .space else { return nil }
        return colonIndex + 2
    }

    /// Whether YAML reads `start..<end` as one plain scalar exactly as written: no leading indicator (but `-5`
    /// and `-x` when `dashAllowed`), no `: ` or ` #` inside, no control character, no space at either end, no `:`
    /// at the end.
    public static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, dashAllowed: Bool) -> Bool {
        guard start < end, bytes[start] != .space, bytes[end - 1] != .space, bytes[end - 1] != .colon else { return false }
        let first = bytes[start]
        if isIndicator(first) {
            guard dashAllowed, first == .dash, end - start > 1, bytes[start + 1] != .space else { return false }
        }
        var previous: UInt8 = 0
        for index in start..<end {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F || (previous == .colon && byte == .space) || (previous == .space && byte == .hash) { return false }
            previous = byte
        }
        return true
    }

    /// The index after the closing quote of the double-quoted scalar opening at `start`, and whether it has
    /// escapes; nil unless it closes before `end` using only the writer's escapes (`\"`, `\\`, `\n`, `\t`,
    /// `\r`, and `\uXXXX` below U+0080).
    public static func quoted(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (end: Int, escaped: Bool)? {
        var index = start + 1, escaped = false
        while index < end {
            let byte = bytes[index]
            if byte == .quote { return (index + 1, escaped) }
            guard byte >= 0x20, byte != 0x7F else { return nil }
            guard byte == .backslash else {
                index += 1
                continue
            }
            guard index + 1 < end else { return nil }
            escaped = true
            switch bytes[index + 1] {
            case .quote, .backslash, UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "r"): index += 2
            case UInt8(ascii: "u"):
                // libyaml drops an escaped BOM, for one; Yams decides the rest.
                guard index + 6 <= end, let code = hexValue(bytes, index + 2, index + 6), code < 0x80 else { return nil }
                index += 6
            default: return nil
            }
        }
        return nil
    }

    /// The text of a quoted scalar's inner bytes `start..<end`, already checked by `quoted`, escapes decoded.
    public static func unescaped(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [UInt8] {
        var text: [UInt8] = [], index = start
        while index < end {
            guard bytes[index] == .backslash else {
                text.append(bytes[index])
                index += 1
                continue
            }
            switch bytes[index + 1] {
            case UInt8(ascii: "n"): text.append(.newline)
            case UInt8(ascii: "t"): text.append(UInt8(ascii: "\t"))
            case UInt8(ascii: "r"): text.append(UInt8(ascii: "\r"))
            case UInt8(ascii: "u"):
                text.append(UInt8(hexValue(bytes, index + 2, index + 6) ?? 0))
                index += 4
            default: text.append(bytes[index + 1])
            }
            index += 2
        }
        return text
    }

    /// The key's text, escapes decoded.
    public static func text(of key: Key, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        key.escaped ? String(decoding: unescaped(bytes, key.start, key.end), as: UTF8.self)
            : String(decoding: UnsafeBufferPointer(rebasing: bytes[key.start..<key.end]), as: UTF8.self)
    }

    /// Whether `first` comes before `second` in the writer's key order: `apiVersion`, `kind`, `metadata`, then
    /// the other keys sorted. Keys out of that order (or repeated) are not the writer's.
    public static func precedes(_ first: Key, _ second: Key, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first.escaped || second.escaped else {
            return precedes(UnsafeBufferPointer(rebasing: bytes[first.start..<first.end]),
                            UnsafeBufferPointer(rebasing: bytes[second.start..<second.end]))
        }
        let one = unescaped(bytes, first.start, first.end), other = unescaped(bytes, second.start, second.end)
        return one.withUnsafeBufferPointer { one in other.withUnsafeBufferPointer { precedes(one, $0) } }
    }

    private static func precedes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        let rank = (leadingRank(first), leadingRank(second))
        guard rank.0 == leadingKeys.count, rank.1 == leadingKeys.count else { return rank.0 < rank.1 }
        let order = memcmp(first.baseAddress!, second.baseAddress!, min(first.count, second.count))
        return order < 0 || (order == 0 && first.count < second.count)
    }

    /// The key's place among the keys the writer puts first; `leadingKeys.count` for the others.
    private static func leadingRank(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        leadingKeys.firstIndex { $0.count == key.count && $0.elementsEqual(key) } ?? leadingKeys.count
    }

    private static func hexValue(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt32? {
        var value: UInt32 = 0
        for index in start..<end {
            guard let digit = hexDigit(bytes[index]) else { return nil }
            value = value * 16 + digit
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Characters that cannot start a plain scalar as written (`-` only before a space): `-?:,[]{}#&*!|>'"%@` and backquote.
    private static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"): true
        default: false
        }
    }

    /// The keys the writer puts first in every map, in its order.
    private static let leadingKeys: [[UInt8]] = YAMLWriter.leadingKeys.map { Array($0.utf8) }
    /// YAML limits an implicit key to 1024 characters; libyaml rejects longer ones.
    private static let maximumKeyLength = 1024
}

/// The ASCII bytes the subset's rules name.
extension UInt8 {
    public static let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " "), dash = UInt8(ascii: "-"), colon = UInt8(ascii: ":")
    public static let hash = UInt8(ascii: "#"), quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), tab = UInt8(ascii: "\t")
}
