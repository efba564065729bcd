import Foundation
import GRDB
import LakeModel
import Testing
import TestSupport
@testable import LakeformCLI

/// Plan, apply and rollback feed the topology recorded at the state's serial back into sizing, and record what they
/// apply; `state show --topology` prints it.
@Suite struct RecordedTopologyTests {
    @Test func eachLakeGetsTheTopologyRecordedForItsNameAndOthersStayGreenfield() {
        var recorded = RecordedTopology()
        recorded.topicPartitions = ["events": 12]
        let lakes = LakeResolution.brownfield(
            [SampleLakes.spec(data: 50_000, ingest: 10, name: "grown"), SampleLakes.spec(data: 50_000, ingest: 10, name: "new")],
            recorded: ["grown": recorded, "removed": RecordedTopology()])
        #expect(lakes.map(\.recorded) == [recorded, nil])
        #expect(lakes.map(\.name) == ["grown", "new"])
    }

    @Test func theCacheKeyFollowsTheRecordedTopology() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let blueprint = "\(root)/blueprints/startup.yaml"
        let greenfield = try LakeResolution.run(paths: [blueprint], swift: SwiftBlueprintOptions.parse([]))
        let topology = try #require(greenfield.lakes.first).topology(serial: 1)
        let recorded = try LakeResolution.run(paths: [blueprint], swift: SwiftBlueprintOptions.parse([]), recorded: ["startup": topology])
        let again = try LakeResolution.run(paths: [blueprint], swift: SwiftBlueprintOptions.parse([]), recorded: ["startup": topology])
        let key = try #require(CachedEmission.keys(recorded, identity: "a")["startup"])
        #expect(recorded.lakes.first?.spec.recorded == topology)
        #expect(CachedEmission.keys(again, identity: "a")["startup"] == key)
        #expect(CachedEmission.keys(greenfield, identity: "a")["startup"] != key, "sizing reads the recorded topology")
    }

    @Test(arguments: StateBackend.available)
    func applyRecordsTheTopologyAndTheNextResolveGrowsIt(backend: StateBackend) throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = try PlanApplyTests.runner(root, backend)
        let none = try run(["state", "show", "--topology"])
        #expect(none.status == 1 && none.stderr.contains("[state.noTopology]"))
        #expect(try run(["apply", "--auto-approve"]).status == 0)
        let first = try run(["state", "show", "--topology", "startup"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("\"name\" : \"pool-0\""))
        #expect(first.stdout.contains("\"createdSerial\" : 1"))
        #expect(first.stdout.contains("\"brokers\" : "))

        try Self.grow(root, from: "dataVolume: 50TB", to: "dataVolume: 80TB")
        let saved = try run(["plan", "--out", "grow.plan"])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(try run(["apply", "grow.plan"]).status == 0)
        let grown = try run(["state", "show", "--topology", "--serial", "2", "startup"])
        #expect(grown.stdout.contains("\"createdSerial\" : 1"), "the resolve of serial 2 kept the pool serial 1 created")
        #expect(grown.stdout.contains("\"name\" : \"pool-1\"") && grown.stdout.contains("\"createdSerial\" : 2"),
                "growth added a pool, stamped with the serial that applied it")

        #expect(try run(["rollback", "--to", "1", "--auto-approve"]).status == 0)
        #expect(try run(["state", "show", "--topology", "startup"]).stdout == first.stdout, "rollback records serial 1's topology")
        let unknown = try run(["state", "show", "--topology", "--serial", "9"])
        #expect(unknown.status == 1 && unknown.stderr.contains("[state.unknownRevision]"))
    }

    @Test func explainGrowsFromAStateThatExistsAndNeverCreatesOne() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = { (arguments: [String]) in try LakeformProcess.run(arguments, in: root, environment: ["NO_COLOR": "1"]) }
        let greenfield = try run(["explain", "startup", "kafka.brokers"])
        #expect(greenfield.status == 0, "\(greenfield.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(root)/.lakeform"), "explain only reads a state")
        #expect(try run(["apply", "--auto-approve"]).status == 0)
        #expect(try run(["explain", "startup", "kafka.brokers"]).stdout == greenfield.stdout, "startup's recorded topology is what it sizes")
        let missing = try run(["explain", "--state", "postgres://u@127.0.0.1:1/x", "startup", "kafka.brokers"])
        #expect(missing.status == 1 && missing.stderr.contains("[state.open]"))
    }

    @Test func aStateWrittenByThePreviousSchemaStillPlansAndApplies() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let state = "\(root)/old-state.db"
        let run = { (arguments: [String]) in
            try LakeformProcess.run(arguments, in: root, environment: ["NO_COLOR": "1", "LAKEFORM_STATE": state])
        }
        #expect(try run(["apply", "--auto-approve"]).status == 0)
        try DatabaseQueue(path: state).write { db in
            try db.execute(sql: "DROP TABLE revision_topology")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v2'")
        }
        // Without a recorded topology the lake is sized as new: nothing deployed changes; only the reports learn
        // which serial will record its pool.
        let unchanged = try run(["plan", "--detailed-exitcode"])
        #expect(unchanged.status == 0 || unchanged.stdout.contains("Plan: 0 to add, 2 to change, 0 to destroy."), "\(unchanged.stdout)\(unchanged.stderr)")
        #expect(!unchanged.stdout.contains("/helm/") && !unchanged.stdout.contains("/manifests/"), "\(unchanged.stdout)")
        #expect(try run(["state", "show", "--topology"]).stderr.contains("[state.noTopology]"))

        try Self.grow(root, from: "dataVolume: 50TB", to: "dataVolume: 80TB")
        let apply = try run(["apply", "--auto-approve"])
        #expect(apply.status == 0, "\(apply.stderr)")
        let recorded = try run(["state", "show", "--topology", "startup"])
        #expect(recorded.stdout.contains("\"createdSerial\" : 2"), "a lake the old state recorded no topology for is sized greenfield")
    }

    /// Edits the scratch repository's startup blueprint.
    static func grow(_ root: String, from old: String, to new: String) throws {
        let blueprint = "\(root)/blueprints/startup.yaml"
        let text = try String(contentsOfFile: blueprint, encoding: .utf8)
        #expect(text.contains(old), "the blueprint has \(old)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: blueprint, atomically: true, encoding: .utf8)
    }
}
