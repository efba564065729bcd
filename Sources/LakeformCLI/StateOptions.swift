import ArgumentParser
import Foundation
import LakeModel
import PostgresStateStore
import StateStore

/// Where the recorded state lives, and how long to wait for its lock.
struct StateOptions: ParsableArguments {
    @Option(help: """
        The state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST[:PORT]/DATABASE[?schema=NAME] \
        (default: $LAKEFORM_STATE, else .lakeform/state.db).
        """)
    var state: String?

    @Option(help: "How long to wait for the state lock, such as 30s or 2m.")
    var lockTimeout = "30s"

    /// A SQLite path given with --state is relative to where the command was started; it runs in the repository root.
    mutating func validate() throws { state = state.map(RepositoryRoot.rebaseState) }

    /// Opens the state named by --state, else $LAKEFORM_STATE, else .lakeform/state.db.
    func open() throws -> any StateStore {
        let text = StateLocation.path(flag: state, environment: ProcessInfo.processInfo.environment)
        return try Self.open(Self.location(text))
    }

    /// The state's location as messages show it (a PostgreSQL password masked).
    var locationDescription: String {
        let text = StateLocation.path(flag: state, environment: ProcessInfo.processInfo.environment)
        return (try? StateLocation(parsing: text))?.description ?? text
    }

    /// The current revision of the state named by `flag`, else $LAKEFORM_STATE, else .lakeform/state.db when that file
    /// exists; nil when there is none or nothing was applied to it yet. The commands that only read it (`build`, `cost`,
    /// `validate`, `report`, `explain`) size from it as `apply` does, so they write the files an apply would. They
    /// never create a state: a named SQLite file that does not exist is a note and no state.
    static func applied(flag: String?, environment: [String: String]) throws -> StateSnapshot? {
        let named = [flag, environment[StateLocation.environmentVariable]].compactMap { $0 }.first { !$0.isEmpty }
        let existing = FileManager.default.fileExists(atPath: StateLocation.defaultPath) ? StateLocation.defaultPath : nil
        guard let text = named ?? existing else { return nil }
        let location = try location(text)
        if case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) {
            Console.error("note: there is no state at \(path); every lake is sized as new (plan and apply create it)")
            return nil
        }
        let snapshot = try StateCall.run { try open(location).current() }
        return snapshot.serial > 0 ? snapshot : nil
    }

    /// The lock timeout as a Duration; `30s`, `2m`, or plain seconds.
    func timeout() throws -> Duration {
        try Self.duration(lockTimeout, option: "--lock-timeout")
    }

    /// Parses a location, or prints `error: … [state.location]` and fails.
    static func location(_ text: String) throws -> StateLocation {
        do {
            return try StateLocation(parsing: text)
        } catch {
            Console.error("error: \(error) [state.location]")
            throw ExitStatus.failure
        }
    }

    /// Opens (creating when missing) the store at `location`, or prints
    /// `error: cannot open the state at LOCATION: WHY [state.open]` and fails. Passwords never reach the output:
    /// the location prints masked, and the URL's password and PGPASSWORD are masked in the message too.
    static func open(_ location: StateLocation) throws -> any StateStore {
        let environment = ProcessInfo.processInfo.environment
        do {
            return try location.open(environment: environment)
        } catch {
            Console.error(location.redact("error: cannot open the state at \(location): \(error) [state.open]", environment: environment))
            throw ExitStatus.failure
        }
    }

    /// `30s`, `2m`, `500ms` or plain seconds as a Duration.
    static func duration(_ text: String, option: String) throws -> Duration {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let units: [(String, Int64)] = [("ms", 1), ("s", 1_000), ("m", 60_000)]
        for (suffix, milliseconds) in units where trimmed.hasSuffix(suffix) {
            if let value = Int64(trimmed.dropLast(suffix.count)), value >= 0 { return .milliseconds(value * milliseconds) }
        }
        if let seconds = Int64(trimmed), seconds >= 0 { return .seconds(seconds) }
        Console.error("error: \(option) '\(text)' is not a duration such as 30s or 2m [state.lockTimeout]")
        throw ExitStatus.failure
    }
}
