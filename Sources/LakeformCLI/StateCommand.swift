import ArgumentParser
import Foundation
import LakeModel
import StateStore

/// `lakeform state list|show|history|migrate`: read the recorded state, or copy it to PostgreSQL.
struct StateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state", abstract: "Read the recorded state, or copy it into PostgreSQL.",
        subcommands: [List.self, Show.self, History.self, Migrate.self])

    /// `state list`: every artifact of the current revision with its SHA-256.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the artifacts of the current revision.")
        @OptionGroup var stateOptions: StateOptions

        func run() throws {
            let snapshot = try StateCall.run { try stateOptions.open().current() }
            Console.out("lineage \(snapshot.lineage), serial \(snapshot.serial), \(snapshot.artifacts.count) artifacts")
            for (path, artifact) in snapshot.artifacts.sorted(by: { $0.key < $1.key }) {
                Console.out("\(artifact.sha256.prefix(12))  \(path)")
            }
        }
    }

    /// `state show PATH`: one artifact's recorded bytes; `state show --topology [LAKE]`: what a revision deployed.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print one artifact as recorded in a revision, or with --topology what the revision deployed per lake.")
        @OptionGroup var stateOptions: StateOptions
        @Flag(help: "Print the recorded topology (MinIO pools, Kafka brokers, partitions, node counts) instead of an artifact.")
        var topology = false
        @Option(help: "The revision to read (default: the current one).") var serial: Int?
        @Argument(help: "The artifact path, such as medium/helm/trino.values.yaml; with --topology, a lake name (default: every lake).")
        var path: String?

        func run() throws {
            let store = try stateOptions.open()
            guard let snapshot = try StateCall.run({ try serial.map(store.revision) ?? store.current() }) else {
                Console.error("error: the state has no revision \(serial ?? 0) [state.unknownRevision]")
                throw ExitStatus.failure
            }
            Console.out(topology ? try Self.topologyJSON(snapshot, lake: path) : try Self.artifact(snapshot, path: path), terminator: "")
        }

        /// The recorded bytes of `path` in `snapshot`, or an error naming what is missing.
        static func artifact(_ snapshot: StateSnapshot, path: String?) throws -> String {
            guard let path else {
                Console.error("error: state show needs an artifact path, or --topology [state.unknownArtifact]")
                throw ExitStatus.failure
            }
            guard let artifact = snapshot.artifacts[path] else {
                Console.error("error: the state has no artifact '\(path)' at serial \(snapshot.serial) [state.unknownArtifact]")
                throw ExitStatus.failure
            }
            return artifact.contents
        }

        /// The topologies of `snapshot` by lake name (only `lake`'s when given) as indented JSON with sorted keys.
        static func topologyJSON(_ snapshot: StateSnapshot, lake: String?) throws -> String {
            let shown = lake.map { name in snapshot.topologies.filter { $0.key == name } } ?? snapshot.topologies
            guard !shown.isEmpty else {
                Console.error("error: serial \(snapshot.serial) recorded no topology\(lake.map { " for lake '\($0)'" } ?? "") [state.noTopology]")
                Console.error("  note: revisions applied before Lakeform recorded topologies have none; the next apply records one")
                throw ExitStatus.failure
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(shown), as: UTF8.self) + "\n"
        }
    }

    /// `state history`: every revision, oldest first.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "history", abstract: "List every revision: serial, when, who, tool version, summary.")
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
