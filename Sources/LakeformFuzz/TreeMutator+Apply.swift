import Yams

extension TreeMutator {
    /// One mutation of `node`, and a short detail for the case's label.
    static func apply(_ kind: Kind, to node: Node, donor: Node?, _ random: inout SplitMix) -> (Node, String) {
        switch kind {
        case .number: return scalar(random.pick(HostileValues.numbers))
        case .quantity: return scalar(random.pick(HostileValues.quantities))
        case .string: return scalar(random.pick(HostileValues.strings))
        case .dropKey, .duplicateKey, .renameKey: return mapping(kind, node, &random)
        case .nest: return nest(node, &random)
        case .typeSwap: return typeSwap(node, &random)
        case .repeatElement:
            guard case .sequence(let sequence) = node, let element = sequence.first else { return (node, "") }
            let times = random.pick([2, 10, 100, 1_000])
            return (.sequence(Node.Sequence(Array(sequence) + Array(repeating: element, count: times))), "×\(times)")
        case .transplant: return (donor ?? node, "")
        }
    }

    private static func scalar(_ text: String) -> (Node, String) {
        (.scalar(Node.Scalar(text)), String(text.unicodeScalars.prefix(24).map { $0.isASCII && $0.value >= 32 ? Character($0) : "?" }))
    }

    private static func mapping(_ kind: Kind, _ node: Node, _ random: inout SplitMix) -> (Node, String) {
        guard case .mapping(let mapping) = node, !mapping.isEmpty else { return (node, "") }
        var pairs = Array(mapping).map { ($0.key, $0.value) }
        let index = Int.random(in: 0..<pairs.count, using: &random)
        let key = pairs[index].0.string ?? "?"
        switch kind {
        case .dropKey: pairs.remove(at: index)
        case .duplicateKey: pairs.append(pairs[index])
        default:
            let renamed = random.pick([key + "x", key.uppercased(), String(key.dropLast()), "_" + key, random.pick(HostileValues.strings)])
            pairs[index].0 = .scalar(Node.Scalar(renamed))
        }
        return (.mapping(Node.Mapping(pairs)), key)
    }

    private static func nest(_ node: Node, _ random: inout SplitMix) -> (Node, String) {
        let depth = random.pick([1, 2, 64, 2_000])
        var nested = node
        // Flow style keeps the text linear in the depth; block style would indent every level further.
        for level in 0..<depth {
            nested = level.isMultiple(of: 2)
                ? .sequence(Node.Sequence([nested], .implicit, .flow))
                : .mapping(Node.Mapping([(.scalar(Node.Scalar("x")), nested)], .implicit, .flow))
        }
        return (nested, "depth \(depth)")
    }

    private static func typeSwap(_ node: Node, _ random: inout SplitMix) -> (Node, String) {
        switch node {
        case .scalar(let scalar):
            return random.chance(50) ? (.sequence([node]), "scalar→sequence") : (.mapping([.scalar(Node.Scalar(scalar.string)): node]), "scalar→mapping")
        case .mapping(let mapping):
            return random.chance(50) ? (.sequence(Node.Sequence(Array(mapping.values))), "mapping→sequence") : (.scalar(Node.Scalar("1")), "mapping→scalar")
        case .sequence:
            return random.chance(50) ? (.scalar(Node.Scalar("[]")), "sequence→scalar") : (.mapping([:]), "sequence→mapping")
        case .alias:
            return (.scalar(Node.Scalar("0")), "alias→scalar")
        }
    }
}
