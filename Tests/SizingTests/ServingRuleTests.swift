import Testing
@testable import Sizing

/// Every serving rule's worked examples hold, and every rule names a source and a unique id.
@Suite struct ServingRuleTests {
    @Test(arguments: ServingFamily.rules.map(\.id))
    func examplesHold(id: String) throws {
        let rule = try #require(ServingFamily.rules.first { $0.id == id })
        #expect(!rule.examples.isEmpty, "\(id) has no worked example")
        for example in rule.examples {
            #expect(example.actual() == example.expected, "\(id): given \(example.given)")
        }
    }

    @Test func everyRuleHasASourceURLAndAUniqueID() {
        let ids = ServingFamily.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        for rule in ServingFamily.rules {
            #expect(rule.source.contains("https://"), "\(rule.id) has no source URL")
            #expect(!rule.formula.isEmpty && !rule.summary.isEmpty)
            if rule.evidence == .ruleOfThumb { #expect(!rule.constants.isEmpty, "\(rule.id) hides its rule-of-thumb constants") }
        }
    }

    @Test func everyRuleThatDecidesIsListed() {
        let ledger = ServingTestLakes.resolve(ServingTestLakes.everything()).ledger
        let listed = Set(RuleRegistry.all.map(\.id))
        let used = Set(ledger.provenance.all.compactMap(\.rule))
        #expect(used.isSubset(of: listed), "unlisted rules: \(used.subtracting(listed))")
    }
}
