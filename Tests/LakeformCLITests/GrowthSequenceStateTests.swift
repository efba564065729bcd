import Foundation
import LakeModel
import Testing
import TestSupport

/// Issue 14's growth sequence through successive applies: each revision's recorded MinIO pools start with the
/// previous revision's, unchanged, and nothing recorded is ever lost from the state.
@Suite struct GrowthSequenceStateTests {
    /// Data ×1.5 then ×3, ingest ×4, users and concurrent queries ×5, each as one apply.
    static let steps: [[(String, String)]] = [
        [("dataVolume: 50TB", "dataVolume: 75TB")],
        [("dataVolume: 75TB", "dataVolume: 225TB")],
        [("rate: 2MB/s", "rate: 8MB/s")],
        [("activeUsers: 200", "activeUsers: 1000"), ("concurrentQueries: 10", "concurrentQueries: 50")],
    ]

    @Test func recordedPoolsSurviveEveryGrowthStep() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = { (arguments: [String]) in
            try LakeformProcess.run(arguments, in: root, environment: ["NO_COLOR": "1", "LAKEFORM_STATE": "\(root)/state.db"])
        }
        #expect(try run(["apply", "--auto-approve"]).status == 0)
        var previous = try Self.topology(run)
        for (index, edits) in Self.steps.enumerated() {
            for (old, new) in edits { try RecordedTopologyTests.grow(root, from: old, to: new) }
            let apply = try run(["apply", "--auto-approve"])
            #expect(apply.status == 0, "step \(index + 1): \(apply.stderr)")
            let next = try Self.topology(run)
            #expect(Array(next.minioPools.prefix(previous.minioPools.count)) == previous.minioPools, "step \(index + 1)")
            #expect(next.minioPools.allSatisfy { ($0.createdSerial ?? 0) >= 1 && ($0.createdSerial ?? 0) <= index + 2 })
            #expect(previous.topicPartitions.allSatisfy { next.topicPartitions[$0.key] != nil }, "step \(index + 1)")
            previous = next
        }
        let check = try run(["build", "--check"])
        #expect(check.status == 0, "build sizes the grown lake from the state, as apply wrote it: \(check.stdout)\(check.stderr)")
        #expect(previous.minioPools.count > 1)
        let greenfield = try run(["build", "--check", "--state", "\(root)/other.db"])
        #expect(greenfield.status == 1, "without the recorded pools the same blueprint sizes differently")
        #expect(greenfield.stderr.contains("note: there is no state at \(root)/other.db"))
        #expect(!FileManager.default.fileExists(atPath: "\(root)/other.db"), "a reading command created a state")
    }

    /// The startup lake's topology at the state's current serial, read through `state show --topology`.
    static func topology(_ run: ([String]) throws -> LakeformProcess.Result) throws -> RecordedTopology {
        let shown = try run(["state", "show", "--topology", "startup"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let lakes = try JSONDecoder().decode([String: RecordedTopology].self, from: Data(shown.stdout.utf8))
        return try #require(lakes["startup"])
    }
}
