import Diagnostics

/// Maps every wire path in a YAML tree to where it was written.
///
/// Scalars map to the value; mappings and lists under a key map to the key, which is where a
/// reader looks for "this lake's workload". The root maps to line 1, column 1.
struct SourceMapBuilder {
    /// More repeated values than any real blueprint has: aliases and merge keys that repeat anchors can
    /// expand a small file into billions of values, and the walk stops here instead. Values written out
    /// in the file do not count, so a monorepo's file of a thousand lakes loads.
    static let expansionLimit = 200_000

    let file: String
    private(set) var map: [String: SourceLocation] = [:]
    /// Values visited again through an alias, and pairs merged in, still allowed before the walk gives up.
    private var expansion = Self.expansionLimit
    /// Where the values visited so far were written: a value met again at the same place came through an alias.
    private var written: Set<WrittenPlace> = []
    /// False when the text has no anchor, so no value can be met twice and none is remembered.
    private let hasAnchors: Bool

    init(file: String, hasAnchors: Bool) {
        self.file = file
        self.hasAnchors = hasAnchors
    }

    /// The source map of `root`, or nil when aliases and merge keys expand it by more than `expansionLimit` values.
    /// - Parameter contents: the text `root` was read from; without an `&` in it there are no aliases to count.
    static func build(_ root: YAMLNode, file: String, contents: String) -> [String: SourceLocation]? {
        var builder = SourceMapBuilder(file: file, hasAnchors: contents.utf8.contains(UInt8(ascii: "&")))
        guard builder.visit(root, path: "", declaredAt: nil) else { return nil }
        builder.map[""] = SourceLocation(file: file, line: 1, column: 1)
        return builder.map
    }

    private mutating func visit(_ node: YAMLNode, path: String, declaredAt key: YAMLNode?) -> Bool {
        if !isFirstVisit(node) {
            expansion -= 1
            guard expansion >= 0 else { return false }
        }
        let isCollection = node.scalar == nil
        map[path] = DecodingProblem.location(of: isCollection ? key ?? node : node, file: file)
        switch node {
        case .mapping(let mapping):
            let pairs = MergeKeys.pairs(of: mapping, work: &expansion)
            guard expansion >= 0 else { return false }
            for (key, value) in pairs {
                let name = key.scalar?.string ?? ScalarReader.describe(key)
                guard visit(value, path: path.isEmpty ? name : path + "." + name, declaredAt: key) else { return false }
            }
        case .sequence(let sequence):
            for (index, element) in sequence.enumerated() {
                guard visit(element, path: path + "[" + String(index) + "]", declaredAt: nil) else { return false }
            }
        case .scalar, .alias:
            break
        }
        return true
    }

    /// Whether `node` is met for the first time at the place it was written; a node without a place counts as repeated.
    private mutating func isFirstVisit(_ node: YAMLNode) -> Bool {
        guard let mark = node.mark else { return false }
        guard hasAnchors else { return true }
        let kind: WrittenPlace.Kind = switch node {
        case .scalar: .scalar
        case .mapping: .mapping
        case .sequence: .sequence
        case .alias: .alias
        }
        return written.insert(WrittenPlace(line: mark.line, column: mark.column, kind: kind)).inserted
    }
}

/// Where a value was written, and its kind: a mapping and its first key start at the same place.
private struct WrittenPlace: Hashable {
    enum Kind { case scalar, mapping, sequence, alias }

    var line: Int
    var column: Int
    var kind: Kind
}
