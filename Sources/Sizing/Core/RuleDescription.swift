/// How strong a rule's evidence is, as labelled in the sizing reference.
public enum Evidence: String, Sendable {
    /// Read from the project's source code.
    case code
    /// Documented by the project or vendor.
    case documented
    /// A rule of thumb or benchmark observation: a default the user can override.
    case ruleOfThumb = "rule of thumb"
}

/// A named constant a rule uses, with its default value.
public struct RuleConstant: Sendable {
    public let name: String
    public let value: String
    public let meaning: String
    public init(_ name: String, _ value: String, _ meaning: String) {
        self.name = name
        self.value = value
        self.meaning = meaning
    }
}

/// A worked example: given inputs, the expected result, and the rule's actual result.
/// Examples run as tests and appear in docs/rules.md.
public struct RuleExample: Sendable {
    public let given: String
    public let expected: String
    public let actual: @Sendable () -> String
    public init(_ given: String, expect expected: String, actual: @escaping @Sendable () -> String) {
        self.given = given
        self.expected = expected
        self.actual = actual
    }
}

/// What a sizing rule says about itself: id, summary, formula, constants, source and examples.
public struct RuleDescription: Sendable {
    /// Stable id such as `kafka.brokers.throughput`.
    public let id: String
    public let summary: String
    public let formula: String
    public let constants: [RuleConstant]
    /// Where the rule comes from (URL, with file or section when it is code).
    public let source: String
    public let evidence: Evidence
    public let examples: [RuleExample]

    public init(
        id: String, summary: String, formula: String, constants: [RuleConstant] = [], source: String, evidence: Evidence,
        examples: [RuleExample]
    ) {
        self.id = id
        self.summary = summary
        self.formula = formula
        self.constants = constants
        self.source = source
        self.evidence = evidence
        self.examples = examples
    }
}

/// A sizing rule: a type that describes itself and computes one decision.
public protocol SizingRule {
    static var description: RuleDescription { get }
}
