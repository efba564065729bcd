import ArgumentParser
import Foundation
import LakeModel

/// `--state` for commands that size lakes as plan does: an applied lake grows from the topology its state recorded
/// (new MinIO pools, brokers that never shrink), so build, cost, validate and explain agree with plan and apply.
struct RecordedStateOption: ParsableArguments {
    @Option(help: """
        The state whose recorded topology applied lakes grow from, as plan does (default: $LAKEFORM_STATE, else \
        .lakeform/state.db if it exists, else none: every lake is sized as new).
        """)
    var state: String?

    /// The recorded topology of each applied lake, by lake name; empty without a state.
    func topologies() throws -> [String: RecordedTopology] {
        try StateOptions.recordedTopologies(flag: state, environment: ProcessInfo.processInfo.environment)
    }
}
