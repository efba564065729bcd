import BlueprintLoading
import Crypto
import Foundation
import LakeModel
import PostgresStateStore
import StateStore

/// The key of a plan memo: the SHA-256 of everything a plan's output depends on, read with one `lstat` per file and
/// one query of the state (docs/cli.md, "The plan memo"). Nil whenever something is unusual: a symlink or an
/// unreadable folder among the inputs, apply scratch files or a journal in generated/, a state that is missing,
/// locked or unreadable.
struct PlanMemoKey: Equatable {
    var digest: String
    /// Whether an input changed so recently that it could change again without a new stamp (git's racy entries,
    /// timestamps tick coarsely): such a plan is not stored.
    var racy: Bool

    static let racyWindow: Int64 = 2_000_000_000

    /// The environment variables a plan reads (besides every `LAKEFORM_…`): colour, the compiler and its lookup,
    /// PostgreSQL's, and the locale.
    private static let variables: Set<String> = ["NO_COLOR", "SWIFTC", "PATH", "HOME", "TMPDIR", "USER", "LANG"]

    static func make(_ invocation: PlanInvocation, arguments: [String], environment: [String: String]) -> PlanMemoKey? {
        Inputs(invocation, arguments: arguments, environment: environment)?.key()
    }

    /// What a key reads before the plan does: the clock, the command and the state's head. The state must be read
    /// first, as an apply between the plan's read and the key's would store an old plan under the new head. The trees
    /// (`key()`) may be walked while the plan runs: anything that changes after `started` is racy, and the plan is
    /// then not stored.
    struct Inputs: Sendable {
        private let invocation: PlanInvocation
        private let environment: [String: String]
        private let started: Int64
        private let lines: [String]
        private let state: String

        init?(_ invocation: PlanInvocation, arguments: [String], environment: [String: String]) {
            started = FileStamp.now()
            guard let executable = RunningExecutable.path.flatMap(TreeStamps.file), let state = stateHead(invocation, environment)
            else { return nil }
            var lines = ["lakeform \(LakeformVersion.current)", "executable \(executable)", "arguments \(arguments.joined(separator: "\u{0}"))",
                         "root \(FileManager.default.currentDirectoryPath) \(RepositoryRoot.startedIn)", "tty \(isatty(1)) \(isatty(2))"]
            for (name, value) in environment.sorted(by: { $0.key < $1.key }) where isRelevant(name) { lines.append("env \(name)=\(value)") }
            (self.invocation, self.environment, self.lines, self.state) = (invocation, environment, lines, state)
        }

        /// Walks the blueprints, the price books and generated/, and hashes them with the inputs read at `init`.
        func key() -> PlanMemoKey? {
            var lines = lines, trees = TreeStamps()
            for path in invocation.paths.isEmpty ? ["blueprints"] : invocation.paths { guard trees.add(path) else { return nil } }
            guard trees.add("pricebooks") else { return nil }
            if trees.hasSwift {
                guard let toolchain = SwiftToolchainIdentity.current(environment: environment, executableDirectory: RunningExecutable.directory)
                else { return nil }
                lines.append("toolchain \(toolchain)")
            }
            guard trees.add("generated", refuse: { $0.hasPrefix(".lakeform") }) else { return nil }
            lines.append("state \(state)")
            var hasher = SHA256()
            hasher.update(data: Array((lines.joined(separator: "\n") + "\n").utf8))
            hasher.update(data: trees.bytes)
            return PlanMemoKey(digest: hasher.finalize().lowercaseHex, racy: trees.newest > started - racyWindow)
        }
    }

    private static func isRelevant(_ name: String) -> Bool {
        name.hasPrefix("LAKEFORM_") || name.hasPrefix("PG") || name.hasPrefix("LC_") || variables.contains(name)
    }

    /// The state's location and head (SQLite's read without opening a store); nil when it is missing (a plan would
    /// create it), locked or unreadable.
    private static func stateHead(_ invocation: PlanInvocation, _ environment: [String: String]) -> String? {
        let text = StateLocation.path(flag: invocation.state, environment: environment)
        guard let location = try? StateLocation(parsing: text) else { return nil }
        if case .sqlite(let path) = location { return SQLiteStateStore.peekHead(path: path).map { "\(text) \($0)" } }
        do {
            let store = try location.open(environment: environment)
            guard try store.currentLock() == nil else { return nil }
            return "\(text) \(try store.head())"
        } catch {
            return nil
        }
    }
}
