import Emitters
import LakeModel

/// The value a YAML reader gets from an artifact's text, taken from the tree `YAMLWriter` wrote it from (no re-reading),
/// when byte checks vouch that the text reads back as exactly that tree: `#` header lines then `---`, a mapping or list
/// body, keys and strings of printable ASCII (and line feeds), integers of at most 18 digits. Plain strings are typed
/// as a reader types them (`JSONValue.plain`). Anything else is nil, and the text is read instead.
enum WrittenTree {
    /// The document `artifact.contents` reads as, from `artifact.document`; nil when there is none or it is not vouched for.
    static func value(of artifact: Artifact) -> JSONValue? {
        guard let document = artifact.document, document.mapping != nil || isList(document),
              headerIsComments(artifact.contents) else { return nil }
        return value(document)
    }

    private static func isList(_ value: YAMLValue) -> Bool {
        if case .list = value { return true }
        return false
    }

    private static func value(_ tree: YAMLValue) -> JSONValue? {
        switch tree {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return number > -limit && number < limit ? .int(number) : nil
        case .string(let text): return string(text)
        case .list(let items):
            var values: [JSONValue] = []
            values.reserveCapacity(items.count)
            for item in items {
                guard let value = value(item) else { return nil }
                values.append(value)
            }
            return .array(values)
        case .map(let entries):
            guard entries.keys.allSatisfy(isKey) else { return nil }
            // `mapValues` keeps the keys where they are: no key is hashed again.
            return try? .object(entries.mapValues { item in
                guard let value = value(item) else { throw Unvouched() }
                return value
            })
        }
    }

    /// A value in the tree that the byte checks cannot vouch for.
    private struct Unvouched: Error {}

    /// Integers below 10^18 in magnitude, which a reader types as integers without asking the resolver.
    private static let limit = 1_000_000_000_000_000_000

    /// Printable ASCII and line feeds only. A string a reader may type when it is plain (it starts like a number, a
    /// bool or a null) reads as `JSONValue.plain` if the writer writes it plain; every other string reads as itself.
    private static func string(_ text: String) -> JSONValue? {
        guard let shape = ASCIIScan.withBytes(text, shape) else { return nil }
        guard shape == .maybeTyped else { return .string(text) }
        return YAMLWriter.writesPlain(text) ? JSONValue.plain(text) : .string(text)
    }

    /// What a string's bytes allow: nil when a byte is neither printable ASCII nor a line feed.
    private enum Shape { case text, maybeTyped }

    /// Read on the bytes in place, as every string of every document is.
    private static func shape(_ bytes: UnsafeBufferPointer<UInt8>) -> Shape? {
        var multiline = false
        for byte in bytes {
            if byte == newline { multiline = true } else if byte < 0x20 || byte > 0x7E { return nil }
        }
        return !multiline && (bytes.first.map { typedStarts[Int($0)] } ?? true) ? .maybeTyped : .text
    }

    /// First bytes of every plain scalar the YAML 1.1 resolver types (`YAMLImplicitType`): digits, signs, `.`, `~`, `<`, `=`
    /// and the first letters of the bool and null words.
    private static let typedStarts: [Bool] = (0...255).map { "0123456789+-.~<=yYnNtTfFoO".utf8.contains(UInt8($0)) }

    /// Printable ASCII, short enough for a simple key, not starting like a document marker (`---`, `...`).
    private static func isKey(_ key: String) -> Bool {
        ASCIIScan.withBytes(key, isKey)
    }

    private static func isKey(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.count <= 500, utf8.allSatisfy({ $0 >= 0x20 && $0 <= 0x7E }) else { return false }
        guard let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return true }
        return !utf8.starts(with: repeatElement(first, count: 3))
    }

    /// Whether every line before the first `---` line is a `#` comment (a header with a line break in it is not).
    /// Read on the bytes in place: slicing the UTF-8 view line by line cost about 6,000 instructions a manifest.
    static func headerIsComments(_ text: String) -> Bool {
        ASCIIScan.withBytes(text, headerIsComments)
    }

    private static func headerIsComments(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < bytes.count {
            if bytes.count - start >= marker.count, marker.indices.allSatisfy({ bytes[start + $0] == marker[$0] }) { return true }
            guard bytes[start] == UInt8(ascii: "#"), let end = bytes[start...].firstIndex(of: newline) else { return false }
            start = end + 1
        }
        return false
    }

    private static let newline = UInt8(ascii: "\n")
    private static let marker = Array("---\n".utf8)
}
