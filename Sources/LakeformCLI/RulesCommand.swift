import ArgumentParser
import Sizing

/// `lakeform rules`: lists the sizing rules, or renders docs/rules.md.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the sizing rules; --markdown renders the rule reference (docs/rules.md)."
    )

    @Flag(help: "Print the full reference as Markdown.")
    var markdown = false

    func run() {
        Console.out(markdown ? RuleReference.markdown() : RuleReference.list())
    }
}
