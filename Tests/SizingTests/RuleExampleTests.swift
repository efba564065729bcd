import Sizing
import Testing

/// Every rule's worked examples run as tests, and every rule names a source.
@Suite struct RuleExampleTests {
    @Test(arguments: RuleRegistry.all.map(\.id))
    func examplesHold(id: String) throws {
        let rule = try #require(RuleRegistry.rule(id))
        #expect(!rule.examples.isEmpty, "\(id) has no worked example")
        for example in rule.examples {
            #expect(example.actual() == example.expected, "\(id): given \(example.given)")
        }
    }

    @Test func everyRuleHasASourceURLAndAUniqueID() {
        let ids = RuleRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for rule in RuleRegistry.all {
            #expect(rule.source.contains("https://") || rule.source.contains("github.com/"), "\(rule.id) has no source URL")
            #expect(!rule.formula.isEmpty && !rule.summary.isEmpty)
        }
    }
}
