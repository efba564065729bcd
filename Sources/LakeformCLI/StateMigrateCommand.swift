import ArgumentParser
import Foundation
import PostgresStateStore
import StateStore

extension StateCommand {
    /// `state migrate --from sqlite:PATH --to postgres://…`: copies a SQLite state, every revision with its info and
    /// the same lineage, into an empty PostgreSQL state, verifying each revision's SHA-256s before committing.
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: "Copy a SQLite state with its full history into an empty PostgreSQL state.",
            discussion: """
                Both states stay locked during the copy. The copy is one transaction: each revision's paths and SHA-256s \
                are read back and checked before it commits, so a failure leaves the target empty.
                """
        )

        @Option(help: "The SQLite state to copy: PATH or sqlite:PATH.") var from: String
        @Option(help: "The PostgreSQL state to fill: postgres://USER@HOST[:PORT]/DATABASE[?schema=NAME]; it must have no revisions.")
        var to: String
        @Option(help: "How long to wait for each state's lock, such as 30s or 2m.") var lockTimeout = "30s"

        func run() throws {
            let timeout = try StateOptions.duration(lockTimeout, option: "--lock-timeout")
            let (sourceLocation, targetLocation) = (try StateOptions.location(from), try StateOptions.location(to))
            guard case let .sqlite(path) = sourceLocation, FileManager.default.fileExists(atPath: path) else {
                let problem = if case .sqlite = sourceLocation { "there is no SQLite state at \(from)" } else { "--from must be a SQLite state (PATH or sqlite:PATH)" }
                return try fail(problem)
            }
            guard case .postgres = targetLocation, let target = try StateOptions.open(targetLocation) as? PostgresStateStore else {
                return try fail("--to must be a postgres:// URL")
            }
            let source = try StateOptions.open(sourceLocation)

            let sourceLock = try StateCall.run { try source.acquireLock(holder: StateHolder.current, operation: "state migrate", timeout: timeout) }
            defer { try? source.release(sourceLock) }
            let targetLock = try StateCall.run { try target.acquireLock(holder: StateHolder.current, operation: "state migrate", timeout: timeout) }
            defer { try? target.release(targetLock) }

            let existing = try StateCall.run { try target.history() }
            guard existing.isEmpty else {
                return try fail("the state at \(targetLocation) already has \(existing.count) revisions; migrate only into an empty state")
            }
            let report = try StateCall.run { try target.importHistory(from: source) }
            Console.out("Copied \(report.revisions.count) revisions (\(report.artifacts) artifacts, \(report.contents) distinct contents) "
                + "from \(sourceLocation) to \(targetLocation), lineage \(report.lineage).")
            for revision in report.revisions {
                Console.out("  \(revision.serial)  \(revision.createdAt)  \(revision.user)@\(revision.host)  \(revision.summary)")
            }
            Console.out("Every revision's artifact paths and SHA-256s were read back and match the source.")
        }

        private func fail(_ problem: String) throws {
            Console.error("error: \(problem) [state.migrate]")
            throw ExitStatus.failure
        }
    }
}
