import ArgumentParser
import Foundation
import StateStore

/// Where the recorded state lives, and how long to wait for its lock.
struct StateOptions: ParsableArguments {
    @Option(help: "The state database (default: $LAKEFORM_STATE, else .lakeform/state.db).")
    var state: String?

    @Option(help: "How long to wait for the state lock, such as 30s or 2m.")
    var lockTimeout = "30s"

    /// The state path: --state, else $LAKEFORM_STATE, else .lakeform/state.db.
    var statePath: String { StateLocation.path(flag: state, environment: ProcessInfo.processInfo.environment) }

    func open() throws -> SQLiteStateStore {
        do {
            return try SQLiteStateStore(path: statePath)
        } catch {
            Console.error("error: cannot open the state at \(statePath): \(error) [state.open]")
            throw ExitStatus.failure
        }
    }

    /// The lock timeout as a Duration; `30s`, `2m`, or plain seconds.
    func timeout() throws -> Duration {
        let text = lockTimeout.trimmingCharacters(in: .whitespaces)
        let units: [(String, Int64)] = [("ms", 1), ("s", 1_000), ("m", 60_000)]
        for (suffix, milliseconds) in units where text.hasSuffix(suffix) {
            if let value = Int64(text.dropLast(suffix.count)), value >= 0 { return .milliseconds(value * milliseconds) }
        }
        if let seconds = Int64(text), seconds >= 0 { return .seconds(seconds) }
        Console.error("error: --lock-timeout '\(lockTimeout)' is not a duration such as 30s or 2m [state.lockTimeout]")
        throw ExitStatus.failure
    }
}
