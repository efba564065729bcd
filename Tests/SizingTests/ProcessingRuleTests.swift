@testable import Sizing
import Testing

/// The processing rules' worked examples hold, and each rule names a source and a unique id.
@Suite struct ProcessingRuleTests {
    @Test(arguments: ProcessingFamily.rules.map(\.id))
    func examplesHold(id: String) throws {
        let rule = try #require(ProcessingFamily.rules.first { $0.id == id })
        #expect(!rule.examples.isEmpty, "\(id) has no worked example")
        for example in rule.examples {
            #expect(example.actual() == example.expected, "\(id): given \(example.given)")
        }
    }

    @Test func everyRuleHasASourceURLAndAUniqueID() {
        let ids = ProcessingFamily.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(RuleRegistry.all.filter { $0.id == id }.count <= 1, "\(id) clashes with another family's rule")
        }
        for rule in ProcessingFamily.rules {
            #expect(rule.source.contains("https://"), "\(rule.id) has no source URL")
            #expect(!rule.formula.isEmpty && !rule.summary.isEmpty && !rule.constants.isEmpty, "\(rule.id)")
        }
    }
}
