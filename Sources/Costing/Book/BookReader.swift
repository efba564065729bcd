import Diagnostics
import LakeModel
import Yams

/// Reads price-book YAML nodes into values, collecting every problem as a diagnostic at its line.
final class BookReader {
    let file: String
    private(set) var diagnostics = Diagnostics()

    init(file: String) { self.file = file }

    func location(_ node: Node) -> SourceLocation {
        node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? SourceLocation(file: file, line: 1, column: 1)
    }

    func error(_ id: String, _ message: String, at node: Node, notes: [String] = []) {
        diagnostics.append(.error(id, message, source: location(node), notes: notes))
    }

    /// The values of a mapping by key, after reporting keys not in `allowed` and missing `required` ones.
    func fields(_ node: Node, _ what: String, allowed: [String], required: [String]) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            error("pricebook.typeMismatch", "\(what) must be a mapping, found \(describe(node))", at: node)
            return nil
        }
        var values: [String: Node] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            guard allowed.contains(key) else {
                let near = Suggestion.closest(to: key, in: allowed)
                error("pricebook.unknownKey", "\(what) has no key '\(key)'", at: keyNode,
                      notes: [near.map { "did you mean '\($0)'?" } ?? "keys: \(allowed.joined(separator: ", "))"])
                continue
            }
            values[key] = value
        }
        for key in required where values[key] == nil {
            error("pricebook.missingKey", "\(what) needs '\(key)'", at: node)
        }
        return values
    }

    func string(_ node: Node?, _ what: String) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar, !scalar.string.isEmpty else {
            error("pricebook.typeMismatch", "\(what) must be text, found \(describe(node))", at: node)
            return nil
        }
        return scalar.string
    }

    func integer(_ node: Node?, _ what: String, range: ClosedRange<Int>) -> Int? {
        guard let node else { return nil }
        guard let text = node.scalar?.string, let value = Int(text.filter { $0 != "_" }) else {
            error("pricebook.typeMismatch", "\(what) must be a whole number, found \(describe(node))", at: node)
            return nil
        }
        guard range.contains(value) else {
            error("pricebook.invalidValue", "\(what) is \(value); it must be between \(range.lowerBound) and \(range.upperBound)", at: node)
            return nil
        }
        return value
    }

    /// A non-negative decimal amount times 10^scale (`0.40` with scale 2 is 40).
    func amount(_ node: Node?, _ what: String, scale: Int, maximum: Int) -> Int? {
        guard let node else { return nil }
        guard let text = node.scalar?.string, let value = DecimalText.parse(text, scale: scale) else {
            error("pricebook.invalidAmount", "\(what) must be a plain decimal number of dollars with at most \(scale) decimals, found \(describe(node))",
                  at: node, notes: ["write 200 or 0.031611; no currency sign, thousands separators or exponent"])
            return nil
        }
        guard value >= 0 else {
            error("pricebook.negativePrice", "\(what) is negative (\(text)); prices and amounts must be zero or more", at: node)
            return nil
        }
        guard value <= maximum else {
            error("pricebook.invalidAmount", "\(what) (\(text)) is larger than this format allows", at: node)
            return nil
        }
        return value
    }

    func list(_ node: Node?, _ what: String) -> [Node]? {
        guard let node else { return nil }
        guard case .sequence(let sequence) = node else {
            error("pricebook.typeMismatch", "\(what) must be a list, found \(describe(node))", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// Component names with the node each was read from, for later checks to point at.
    func components(_ node: Node?, _ what: String) -> [(kind: ComponentKind, node: Node)]? {
        guard let nodes = list(node, what) else { return nil }
        return nodes.compactMap { item in
            guard let name = string(item, what) else { return nil }
            guard let kind = ComponentKind(rawValue: name) else {
                let near = Suggestion.closest(to: name, in: ComponentKind.allCases.map(\.rawValue))
                error("pricebook.unknownComponent", "'\(name)' is not a Lakeform component", at: item,
                      notes: [near.map { "did you mean '\($0)'?" } ?? "components: \(ComponentKind.allCases.map(\.rawValue).joined(separator: ", "))"])
                return nil
            }
            return (kind, item)
        }
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar(let scalar): scalar.string.isEmpty ? "an empty value" : "'\(scalar.string)'"
        }
    }
}
