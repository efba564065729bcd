import ArgumentParser
import Foundation
import LakeModel
import StateStore

/// `--state` for commands that size lakes as plan does: an applied lake grows from the topology its state recorded
/// (new MinIO pools, brokers that never shrink), so build, cost, validate and explain agree with plan and apply.
struct RecordedStateOption: ParsableArguments {
    @Option(help: """
        The state whose recorded topology applied lakes grow from, as plan does (default: $LAKEFORM_STATE, else \
        .lakeform/state.db if it exists, else none: every lake is sized as new).
        """)
    var state: String?

    /// A SQLite path is relative to where the command was started; commands run in the repository root.
    mutating func validate() throws { state = state.map(RepositoryRoot.rebaseState) }

    /// The recorded topology of each applied lake, by lake name; empty without a state.
    func topologies() throws -> [String: RecordedTopology] {
        try applied()?.topologies ?? [:]
    }

    /// The state's current revision, nil without a state or before its first apply.
    func applied() throws -> StateSnapshot? {
        try StateOptions.applied(flag: state, environment: ProcessInfo.processInfo.environment)
    }

    /// The blueprints' lakes resolved as plan resolves them: grown from the applied topology, new pools stamped with
    /// the serial the next apply records.
    func resolve(_ options: BlueprintOptions) throws -> LakeResolution {
        let applied = try applied()
        return try LakeResolution.run(options, recorded: applied?.topologies ?? [:], revision: applied.map { $0.serial + 1 })
    }
}
