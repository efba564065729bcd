/// `lakeform plan …` as the plan memo reads the command line, before ArgumentParser does: only the options a memo
/// may stand for, each at most once, every value glued (`--format=json`) or next, never starting with `-`. Anything
/// else (`--out`, `--no-cache`, `--help`, `--`, an unknown option) is nil, and the command runs as usual.
struct PlanInvocation: Equatable {
    var paths: [String] = []
    var state: String?
    var lockTimeout = "30s"
    var format = PlanCommand.Format.text
    var detailedExitcode = false
    var failOnDestructive = false
    var blueprintTimeout: Int?

    /// The options a memoised plan accepts, and whether each takes a value.
    private static let options = ["--state": true, "--lock-timeout": true, "--format": true, "--blueprint-timeout": true,
                                  "--detailed-exitcode": false, "--fail-on-destructive": false]

    /// Reads the arguments after the executable's name; nil unless they are a plan the memo may stand for. Paths and
    /// a SQLite `--state` are rebased from where the command started, as the commands' `validate()` do.
    init?(arguments: [String]) {
        guard arguments.first == "plan" else { return nil }
        var seen: Set<String> = []
        var rest = arguments.dropFirst()[...]
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-") else {
                guard !argument.isEmpty else { return nil }
                paths.append(RepositoryRoot.rebase(argument))
                continue
            }
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let name = parts[0]
            guard let takesValue = Self.options[name], seen.insert(name).inserted, takesValue || parts.count == 1 else { return nil }
            guard takesValue else {
                if name == "--detailed-exitcode" { detailedExitcode = true } else { failOnDestructive = true }
                continue
            }
            guard let value = parts.count == 2 ? parts[1] : rest.popFirst(), !value.isEmpty, !value.hasPrefix("-"),
                  set(name, value) else { return nil }
        }
    }

    /// The invocation a parsed command stands for, to check that the memo read the command line as ArgumentParser did.
    init(paths: [String], state: String?, lockTimeout: String, format: PlanCommand.Format, detailedExitcode: Bool,
         failOnDestructive: Bool, blueprintTimeout: Int?) {
        (self.paths, self.state, self.lockTimeout, self.format) = (paths, state, lockTimeout, format)
        (self.detailedExitcode, self.failOnDestructive, self.blueprintTimeout) = (detailedExitcode, failOnDestructive, blueprintTimeout)
    }

    private mutating func set(_ name: String, _ value: String) -> Bool {
        switch name {
        case "--state": state = RepositoryRoot.rebaseState(value)
        case "--lock-timeout": lockTimeout = value
        case "--format":
            guard let chosen = PlanCommand.Format(rawValue: value) else { return false }
            format = chosen
        default:
            guard let seconds = Int(value) else { return false }
            blueprintTimeout = seconds
        }
        return true
    }
}
