import LakeModel

/// The chain behind one resolved number, down to the blueprint inputs.
public struct Explanation: Sendable {
    /// One step of the chain: a derivation and how deep it sits under the explained address.
    public struct Step: Sendable {
        public var derivation: Derivation
        public var depth: Int
        /// The rule's source, when a rule produced it.
        public var source: String?
    }

    public var steps: [Step]

    /// The chain for `address`, or nil when the lake resolved no such number.
    public init?(address: String, in provenance: Provenance) {
        guard provenance[address] != nil else { return nil }
        var steps: [Step] = []
        var visited: Set<String> = []
        func walk(_ address: String, depth: Int) {
            guard let derivation = provenance[address], visited.insert(address).inserted else { return }
            steps.append(Step(derivation: derivation, depth: depth, source: derivation.rule.flatMap { RuleRegistry.rule($0)?.source }))
            for input in derivation.inputs { walk(input, depth: depth + 1) }
        }
        walk(address, depth: 0)
        self.steps = steps
    }

    /// Addresses close to `address`, for "did you mean" when it is unknown.
    public static func suggestions(for address: String, in provenance: Provenance) -> [String] {
        let prefix = address.split(separator: ".").first.map(String.init) ?? address
        return provenance.order.filter { $0.hasPrefix(prefix) }
    }

    /// Indented text: value, origin, formula, calculation, source, then the inputs below.
    public var text: String {
        steps.map { step in
            let indent = String(repeating: "  ", count: step.depth)
            let derivation = step.derivation
            var lines = ["\(indent)\(derivation.address) = \(derivation.formatted)  [\(originLabel(derivation))]"]
            switch derivation.origin {
            case .rule, .pinned:
                if case .pinned(let reason?, _) = derivation.origin { lines.append("\(indent)  reason:  \(reason)") }
                if !derivation.formula.isEmpty { lines.append("\(indent)  formula: \(derivation.formula)") }
                lines.append("\(indent)  because: \(derivation.calculation)")
                if let source = step.source { lines.append("\(indent)  source:  \(source)") }
            case .defaulted:
                lines.append("\(indent)  because: \(derivation.formula)")
            case .input(let reason):
                if let reason { lines.append("\(indent)  reason:  \(reason)") }
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    private func originLabel(_ derivation: Derivation) -> String {
        switch derivation.origin {
        case .input: "blueprint input"
        case .defaulted: "default"
        case .rule: "rule \(derivation.rule ?? "?")"
        case .pinned: "pinned; rule \(derivation.rule ?? "?")"
        }
    }
}
