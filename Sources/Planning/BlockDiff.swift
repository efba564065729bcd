import Emitters
import Yams

/// `TreeDiff.documents` for two texts in the subset `YAMLWriter` writes, without parsing what did not change.
///
/// It exists for issue 8: a key-path diff of two 5 MB Helm values files must take at most 100 ms, and composing
/// them with Yams takes seconds. Both sides' block maps are split into entries by their lines; an entry with the
/// same bytes on both sides only has its leaves counted, nested maps that differ are split in turn, and the
/// other differing entries (small) are read alone and compared by `TreeDiff`. The result is the Yams path's,
/// change order and unchanged count included; any text outside the subset gives nil, and Yams decides.
struct BlockDiff {
    private let old: WrittenLines, new: WrittenLines
    private var tree = TreeDiff()
    private var unchanged = 0

    /// The changes, unchanged-leaf count and root `kind`, or nil when either text is outside the subset.
    static func documents(before: String, after: String) -> (changes: [KeyPathChange], unchanged: Int, kind: String?)? {
        WrittenLines.withBytes(before) { oldBytes in
            WrittenLines.withBytes(after) { newBytes in
                guard let old = WrittenLines(oldBytes), let new = WrittenLines(newBytes) else { return nil }
                var diff = BlockDiff(old: old, new: new)
                return try? diff.run()
            }
        }
    }

    private mutating func run() throws -> (changes: [KeyPathChange], unchanged: Int, kind: String?) {
        let oldRoot = try Self.entries(old, old.body, indent: 0), newRoot = try Self.entries(new, new.body, indent: 0)
        try compare(oldRoot, newRoot, indent: 0, prefix: "")
        let kind = { (text: WrittenLines, root: WrittenLines.Entries) in
            try Self.value(text, root.first { $0.key == "kind" }?.lines, indent: 0, key: "kind")?.text
        }
        return (tree.changes, tree.unchanged + unchanged, try kind(new, newRoot) ?? kind(old, oldRoot))
    }

    /// Compares two maps' entries (sorted by key) in key order, as `TreeDiff.compare` visits maps.
    private mutating func compare(_ oldEntries: WrittenLines.Entries, _ newEntries: WrittenLines.Entries, indent: Int, prefix: String) throws {
        var oldIndex = 0, newIndex = 0
        while oldIndex < oldEntries.count || newIndex < newEntries.count {
            let oldEntry = oldIndex < oldEntries.count ? oldEntries[oldIndex] : nil
            let newEntry = newIndex < newEntries.count ? newEntries[newIndex] : nil
            let key = min(oldEntry?.key ?? newEntry!.key, newEntry?.key ?? oldEntry!.key)
            let before = oldEntry?.key == key ? oldEntry?.lines : nil, after = newEntry?.key == key ? newEntry?.lines : nil
            if before != nil { oldIndex += 1 }
            if after != nil { newIndex += 1 }
            try compare(before, after, key: key, indent: indent, prefix: prefix)
        }
    }

    /// Compares the entries `key` of both maps, either of which may be missing.
    private mutating func compare(_ before: Range<Int>?, _ after: Range<Int>?, key: String, indent: Int, prefix: String) throws {
        let path = PlanTree.join(prefix, key)
        if let before, let after, old.sameText(before, as: new, after) {
            guard let leaves = WrittenLeafCounter.leaves(of: before, indent: indent, in: old) else { throw OutsideSubset() }
            unchanged += leaves
        } else if let before, let after, let oldMap = old.nestedMap(before, indent: indent), let newMap = new.nestedMap(after, indent: indent) {
            let inner = indent + 2
            try compare(Self.entries(old, oldMap, indent: inner), Self.entries(new, newMap, indent: inner), indent: inner, prefix: path)
        } else {
            tree.compare(try Self.value(old, before, indent: indent, key: key), try Self.value(new, after, indent: indent, key: key), prefix: path)
        }
    }

    private static func entries(_ text: WrittenLines, _ lines: Range<Int>, indent: Int) throws -> WrittenLines.Entries {
        guard let entries = text.entries(in: lines, indent: indent) else { throw OutsideSubset() }
        return entries
    }

    /// The value of the map entry `key` on lines `entry` at `indent` (nil for no entry): a scalar, `[]` or `{}`
    /// alone on the key's line is read directly, anything else by Yams from the entry's lines moved to column 0.
    private static func value(_ text: WrittenLines, _ entry: Range<Int>?, indent: Int, key: String) throws -> PlanTree? {
        guard let entry else { return nil }
        let first = text.lines[entry.lowerBound]
        if entry.count == 1, let value = WrittenSyntax.entry(text.bytes, first.start + indent, first.end)?.value, value < first.end,
           let scalar = scalar(text.bytes, value, first.end) {
            return scalar
        }
        var document: [UInt8] = []
        for line in text.lines[entry] {
            document += text.bytes[(line.isEmpty ? line.start : line.start + indent)..<line.end]
            document.append(.newline)
        }
        let parser = try Parser(yaml: String(decoding: document, as: UTF8.self), resolver: .basic, encoding: .utf8)
        guard let node = try parser.nextRoot(), try parser.nextRoot() == nil, hasScalarKeys(node),
              case .map(let map) = PlanTree(node), map.count == 1, let value = map[key] else { throw OutsideSubset() }
        return value
    }

    /// Whether every map key in `node` is a scalar: `PlanTree` names other keys by a description that holds their
    /// place in the text, which differs between the entry alone and the whole text.
    private static func hasScalarKeys(_ node: Node) -> Bool {
        switch node {
        case .mapping(let mapping):
            mapping.allSatisfy { pair in
                guard case .scalar = pair.key else { return false }
                return hasScalarKeys(pair.value)
            }
        case .sequence(let sequence): sequence.allSatisfy(hasScalarKeys)
        case .scalar, .alias: true
        }
    }

    /// The tree of a value written on one line as the writer writes it, or nil for anything else.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> PlanTree? {
        let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if text.elementsEqual("[]".utf8) { return .list([]) }
        if text.elementsEqual("{}".utf8) { return .map([:]) }
        if bytes[start] == .quote {
            guard WrittenSyntax.quoted(bytes, start, end)?.end == end else { return nil }
            return .scalar(String(decoding: WrittenSyntax.unescaped(bytes, start + 1, end - 1), as: UTF8.self))
        }
        return WrittenSyntax.isPlain(bytes, start, end, dashAllowed: true) ? .scalar(String(decoding: text, as: UTF8.self)) : nil
    }

    /// Text the fast path leaves to Yams.
    private struct OutsideSubset: Error {}
}
