import Yams

/// Structural and value mutations of a parsed YAML/JSON tree, each chosen by the seeded generator.
struct TreeMutator {
    var random: SplitMix

    /// The kinds of mutation, for the case's label.
    enum Kind: String, CaseIterable {
        case number, quantity, string, dropKey, duplicateKey, renameKey, nest, typeSwap, repeatElement, transplant
    }

    /// Kinds weighted toward numbers in place of numbers, so that most cases still load and reach sizing and emission.
    static let weightedKinds: [Kind] = Array(repeating: .number, count: 6) + Array(repeating: .quantity, count: 4)
        + [.string, .string] + [.dropKey, .duplicateKey, .renameKey, .nest, .typeSwap, .repeatElement, .transplant]

    /// `node` with one mutation applied at a node chosen uniformly from the nodes it fits; its kind for the label.
    mutating func mutate(_ node: Node) -> (Node, String) {
        let kind = random.pick(Self.weightedKinds)
        let candidates = Self.count(node, where: { fits(kind, $0) })
        guard candidates > 0 else { return (node, "\(kind.rawValue)(no target)") }
        var target = Int.random(in: 0..<candidates, using: &random)
        let donor = kind == .transplant ? randomNode(in: node) : nil
        var label = kind.rawValue
        let mutated = rewrite(node, target: &target, kind: kind) { original, generator in
            let (replacement, detail) = Self.apply(kind, to: original, donor: donor, &generator)
            label += detail.isEmpty ? "" : "(\(detail))"
            return replacement
        }
        return (mutated, label)
    }

    private func fits(_ kind: Kind, _ node: Node) -> Bool {
        switch (kind, node) {
        case (.number, .scalar(let scalar)), (.quantity, .scalar(let scalar)):
            scalar.string.first.map { $0.isNumber || $0 == "$" || $0 == "-" } ?? false
        case (.string, .scalar), (.nest, _), (.typeSwap, _), (.transplant, _): true
        case (.dropKey, .mapping(let mapping)), (.duplicateKey, .mapping(let mapping)), (.renameKey, .mapping(let mapping)):
            !mapping.isEmpty
        case (.repeatElement, .sequence(let sequence)): !sequence.isEmpty
        default: false
        }
    }

    /// How many nodes of the tree satisfy `predicate`, in pre-order.
    static func count(_ node: Node, where predicate: (Node) -> Bool) -> Int {
        let own = predicate(node) ? 1 : 0
        switch node {
        case .mapping(let mapping): return own + mapping.reduce(0) { $0 + count($1.value, where: predicate) }
        case .sequence(let sequence): return own + sequence.reduce(0) { $0 + count($1, where: predicate) }
        default: return own
        }
    }

    private mutating func randomNode(in node: Node) -> Node {
        var index = Int.random(in: 0..<Self.count(node, where: { _ in true }), using: &random)
        return Self.find(node, &index) ?? node
    }

    private static func find(_ node: Node, _ index: inout Int) -> Node? {
        if index == 0 { return node }
        index -= 1
        switch node {
        case .mapping(let mapping):
            for pair in mapping { if let found = find(pair.value, &index) { return found } }
        case .sequence(let sequence):
            for element in sequence { if let found = find(element, &index) { return found } }
        default: break
        }
        return nil
    }

    /// The tree with `transform` applied to the `target`-th node (pre-order) that fits `kind`.
    private mutating func rewrite(_ node: Node, target: inout Int, kind: Kind, _ transform: (Node, inout SplitMix) -> Node) -> Node {
        if fits(kind, node) {
            if target == 0 {
                target = -1
                return transform(node, &random)
            }
            target -= 1
        }
        guard target >= 0 else { return node }
        switch node {
        case .mapping(let mapping):
            let pairs = mapping.map { ($0.key, rewrite($0.value, target: &target, kind: kind, transform)) }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style))
        case .sequence(let sequence):
            let elements = sequence.map { rewrite($0, target: &target, kind: kind, transform) }
            return .sequence(Node.Sequence(elements, sequence.tag, sequence.style))
        default:
            return node
        }
    }
}
