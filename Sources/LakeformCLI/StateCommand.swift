import ArgumentParser
import Foundation
import StateStore

/// `lakeform state list|show|history|migrate`: read the recorded state, or copy it to PostgreSQL.
struct StateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state", abstract: "Read the recorded state, or copy it into PostgreSQL.",
        subcommands: [List.self, Show.self, History.self, Migrate.self])

    /// `state list`: every artifact of the current revision with its SHA-256.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the artifacts of the current revision.")
        @OptionGroup var stateOptions: StateOptions

        func run() throws {
            let snapshot = try StateCall.run { try stateOptions.open().current() }
            Console.out("lineage \(snapshot.lineage), serial \(snapshot.serial), \(snapshot.artifacts.count) artifacts")
            for (path, artifact) in snapshot.artifacts.sorted(by: { $0.key < $1.key }) {
                Console.out("\(artifact.sha256.prefix(12))  \(path)")
            }
        }
    }

    /// `state show PATH`: one artifact's recorded bytes.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print one artifact as recorded in the current revision.")
        @OptionGroup var stateOptions: StateOptions
        @Argument(help: "The artifact path, such as medium/helm/trino.values.yaml.") var path: String

        func run() throws {
            let snapshot = try StateCall.run { try stateOptions.open().current() }
            guard let artifact = snapshot.artifacts[path] else {
                Console.error("error: the state has no artifact '\(path)' [state.unknownArtifact]")
                throw ExitStatus.failure
            }
            Console.out(artifact.contents, terminator: "")
        }
    }

    /// `state history`: every revision, oldest first.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every revision: serial, when, who, tool version, summary.")
        @OptionGroup var stateOptions: StateOptions

        func run() throws {
            for revision in try StateCall.run({ try stateOptions.open().history() }) {
                Console.out("\(revision.serial)  \(revision.createdAt)  \(revision.user)@\(revision.host)  lakeform \(revision.toolVersion)  \(revision.summary)")
            }
        }
    }
}

/// `lakeform force-unlock ID`: clears a stuck state lock.
struct ForceUnlockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "force-unlock", abstract: "Clear the state lock with this id (shown when a command fails on the lock).")
    @OptionGroup var stateOptions: StateOptions
    @Argument(help: "The lock id.") var id: String

    func run() throws {
        try StateCall.run { try stateOptions.open().forceUnlock(id: id) }
        Console.out("The state lock \(id) was cleared.")
    }
}
