import Foundation
import LakeModel
import Testing
import TestSupport
@testable import StateStore

/// Each revision keeps what it deployed per lake, on both backends: written in the commit, read back with the revision.
@Suite struct StateTopologyTests {
    @Test(arguments: StateBackend.available)
    func eachRevisionKeepsItsOwnTopologies(_ backend: StateBackend) throws {
        let state = try TemporaryState(backend)
        defer { state.cleanUp() }
        let lineage = try state.store.current().lineage
        let first = ["medium": sampleTopology(pools: 1, serial: 1), "startup": sampleTopology(pools: 1, serial: 1)]
        let second = ["medium": sampleTopology(pools: 2, serial: 1)]
        _ = try state.store.commit(artifacts: [artifact("a", "1")], expectedLineage: lineage, expectedSerial: 0,
                                   info: draft("one", topologies: first))
        _ = try state.store.commit(artifacts: [artifact("a", "2")], expectedLineage: lineage, expectedSerial: 1,
                                   info: draft("two", topologies: second))
        _ = try state.store.commit(artifacts: [artifact("a", "3")], expectedLineage: lineage, expectedSerial: 2, info: draft("three"))
        #expect(try state.store.revision(0)?.topologies == [:])
        #expect(try state.store.revision(1)?.topologies == first)
        #expect(try state.store.revision(2)?.topologies == second)
        #expect(try state.store.current().topologies == [:])
        #expect(try state.reopen().revision(2)?.topologies["medium"]?.minioPools.map(\.name) == ["pool-0", "pool-1"])
    }

    @Test(arguments: StateBackend.available)
    func aFailedCommitRecordsNoTopology(_ backend: StateBackend) throws {
        let state = try TemporaryState(backend)
        defer { state.cleanUp() }
        let lineage = try state.store.current().lineage
        let topologies = ["medium": sampleTopology(pools: 1, serial: 1)]
        #expect(throws: StateError.duplicatePath("a")) {
            try state.store.commit(artifacts: [artifact("a", "1"), artifact("a", "2")], expectedLineage: lineage, expectedSerial: 0,
                                   info: draft("dup", topologies: topologies))
        }
        #expect(throws: StateError.stale(expectedSerial: 1, currentSerial: 0)) {
            try state.store.commit(artifacts: [], expectedLineage: lineage, expectedSerial: 1, info: draft("stale", topologies: topologies))
        }
        _ = try state.store.commit(artifacts: [], expectedLineage: lineage, expectedSerial: 0, info: draft("one"))
        #expect(try state.store.current().topologies == [:])
    }

    @Test func topologyJSONIsDeterministicWithSortedKeys() throws {
        let topology = sampleTopology(pools: 2, serial: 3)
        let json = try StateRecords.topologyJSON(topology)
        #expect(json == (try StateRecords.topologyJSON(topology)))
        #expect(try StateRecords.topology(json: json, lake: "medium", serial: 3) == topology)
        let keys = ["formatVersion", "kafka", "minioPools", "searchDataNodes", "statefulGroups", "topicPartitions"]
        let offsets = keys.map { json.range(of: "\"\($0)\"")?.lowerBound }
        #expect(offsets.allSatisfy { $0 != nil })
        #expect(offsets.compactMap { $0 } == offsets.compactMap { $0 }.sorted())
    }

    @Test func anUnreadableTopologyIsCorrupt() {
        #expect(throws: StateError.corrupt("revision 4 has an unreadable topology for lake medium")) {
            try StateRecords.topology(json: "{\"minioPools\": 3}", lake: "medium", serial: 4)
        }
    }
}

/// A lake's topology with `pools` MinIO pools (the first created at `serial`), a Kafka pool and a few groups.
func sampleTopology(pools: Int, serial: Int) -> RecordedTopology {
    var topology = RecordedTopology()
    topology.minioPools = (0..<pools).map {
        MinIOPoolShape(name: "pool-\($0)", servers: 4 + $0, volumesPerServer: 8, driveSize: Bytes(4_000_000_000_000),
                       media: "nvme", createdSerial: serial + $0)
    }
    topology.kafka = KafkaShape(brokers: 3, replicationFactor: 3, brokerCPU: Millicores(2000), brokerMemory: Bytes(8 << 30),
                                brokerStorage: Bytes(500 << 30))
    topology.topicPartitions = ["cdc": 12, "events": 24]
    topology.searchDataNodes = ["opensearch": 3]
    topology.statefulGroups = ["kafka-broker": StatefulShape(replicas: 3, volume: Bytes(500 << 30))]
    return topology
}
