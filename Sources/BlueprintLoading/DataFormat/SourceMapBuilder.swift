import Diagnostics

/// Maps every wire path in a YAML tree to where it was written.
///
/// Scalars map to the value; mappings and lists under a key map to the key, which is where a
/// reader looks for "this lake's workload". The root maps to line 1, column 1.
struct SourceMapBuilder {
    /// More keys and values than any real blueprint has; aliases and merge keys that repeat
    /// anchors can expand a small file into billions of values, and the walk stops here instead.
    static let valueLimit = 200_000

    let file: String
    private(set) var map: [String: SourceLocation] = [:]
    /// Values (and merged pairs) still allowed before the walk gives up.
    private var work = Self.valueLimit

    init(file: String) {
        self.file = file
    }

    /// The source map of `root`, or nil when the document expands beyond `valueLimit` keys and values.
    static func build(_ root: YAMLNode, file: String) -> [String: SourceLocation]? {
        var builder = SourceMapBuilder(file: file)
        guard builder.visit(root, path: "", declaredAt: nil) else { return nil }
        builder.map[""] = SourceLocation(file: file, line: 1, column: 1)
        return builder.map
    }

    private mutating func visit(_ node: YAMLNode, path: String, declaredAt key: YAMLNode?) -> Bool {
        work -= 1
        guard work >= 0 else { return false }
        let isCollection = node.scalar == nil
        map[path] = DecodingProblem.location(of: isCollection ? key ?? node : node, file: file)
        switch node {
        case .mapping(let mapping):
            let pairs = MergeKeys.pairs(of: mapping, work: &work)
            guard work >= 0 else { return false }
            for (key, value) in pairs {
                let name = key.scalar?.string ?? ScalarReader.describe(key)
                guard visit(value, path: path.isEmpty ? name : "\(path).\(name)", declaredAt: key) else { return false }
            }
        case .sequence(let sequence):
            for (index, element) in sequence.enumerated() {
                guard visit(element, path: "\(path)[\(index)]", declaredAt: nil) else { return false }
            }
        case .scalar, .alias:
            break
        }
        return true
    }
}
