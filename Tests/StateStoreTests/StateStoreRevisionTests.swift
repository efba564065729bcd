import Crypto
import Foundation
import LakeModel
import Testing
import TestSupport
@testable import StateStore

@Suite struct StateStoreRevisionTests {
    @Test(arguments: StateBackend.available)
    func freshStoreHasLineageAndSerialZero(_ backend: StateBackend) throws {
        let state = try TemporaryState(backend)
        defer { state.cleanUp() }
        let snapshot = try state.store.current()
        #expect(UUID(uuidString: snapshot.lineage) != nil)
        #expect(snapshot.serial == 0)
        #expect(snapshot.artifacts.isEmpty)
        #expect(try state.store.history().isEmpty)
        #expect(try state.store.latestRevision() == nil)
        #expect(try state.store.revision(0) == snapshot)
        #expect(try state.store.revision(1) == nil)
    }

    @Test(arguments: StateBackend.available)
    func lineageSurvivesReopening(_ backend: StateBackend) throws {
        let state = try TemporaryState(backend)
        defer { state.cleanUp() }
        let lineage = try state.store.current().lineage
        #expect(try state.reopen().current().lineage == lineage)
    }

    @Test(arguments: StateBackend.available)
    func commitIncrementsSerialAndKeepsBytesExact(_ backend: StateBackend) throws {
        let state = try TemporaryState(backend)
        defer { state.cleanUp() }
        let lineage = try state.store.current().lineage
        let contents = "name: trino\r\nemoji: \u{1F30A}\nno-newline-at-end"
        let info = try state.store.commit(
            artifacts: [artifact("medium/helm/trino.values.yaml", contents)],
            expectedLineage: lineage, expectedSerial: 0, info: draft("first")
        )
        #expect(info.serial == 1)
        #expect(info.createdAt == "2027-01-15T08:00:00Z")
        #expect(try state.store.latestRevision() == info)
        let snapshot = try state.store.current()
        #expect(snapshot.serial == 1)
        let recorded = try #require(snapshot.artifacts["medium/helm/trino.values.yaml"])
        #expect(recorded.contents == contents)
        #expect(Data(recorded.contents.utf8) == Data(contents.utf8))
        #expect(recorded.kind == .helmValues)
        let expectedSHA = SHA256.hash(data: Data(contents.utf8)).map { String(format: "%02x", $0) }.joined()
        #expect(recorded.sha256 == expectedSHA)
    }

    @Test(arguments: StateBackend.available)
    func staleCommitThrowsAndWritesNothing(_ backend: StateBackend) throws {
        let state = try TemporaryState(backend)
        defer { state.cleanUp() }
        let lineage = try state.store.current().lineage
        _ = try state.store.commit(artifacts: [artifact("a", "1")], expectedLineage: lineage, expectedSerial: 0, info: draft("one"))
        #expect(throws: StateError.stale(expectedSerial: 0, currentSerial: 1)) {
            try state.store.commit(artifacts: [artifact("a", "2")], expectedLineage: lineage, expectedSerial: 0, info: draft("late"))
        }
        #expect(throws: StateError.lineageMismatch(expected: "other", actual: lineage)) {
            try state.store.commit(artifacts: [artifact("a", "3")], expectedLineage: "other", expectedSerial: 1, info: draft("x"))
        }
        #expect(throws: StateError.duplicatePath("b")) {
            try state.store.commit(
                artifacts: [artifact("b", "4"), artifact("b", "5")], expectedLineage: lineage, expectedSerial: 1, info: draft("y")
            )
        }
        #expect(try state.store.current().serial == 1)
        #expect(try state.store.current().artifacts["a"]?.contents == "1")
        #expect(try state.store.history().map(\.summary) == ["one"])
        #expect(try blobCount(state.store) == 1)
    }

    @Test(arguments: StateBackend.available)
    func historyAndOldRevisionsAndDedup(_ backend: StateBackend) throws {
        let state = try TemporaryState(backend)
        defer { state.cleanUp() }
        let lineage = try state.store.current().lineage
        let unchanged = artifact("medium/helmfile.yaml", "releases: []\n")
        _ = try state.store.commit(
            artifacts: [unchanged, artifact("medium/a.yaml", "v1")], expectedLineage: lineage, expectedSerial: 0, info: draft("one")
        )
        _ = try state.store.commit(
            artifacts: [unchanged, artifact("medium/a.yaml", "v2")], expectedLineage: lineage, expectedSerial: 1, info: draft("two")
        )
        _ = try state.store.commit(artifacts: [unchanged], expectedLineage: lineage, expectedSerial: 2, info: draft("three"))

        let history = try state.store.history()
        #expect(history.map(\.serial) == [1, 2, 3])
        #expect(history.map(\.summary) == ["one", "two", "three"])
        #expect(history[0] == RevisionInfo(
            serial: 1, createdAt: "2027-01-15T08:00:00Z", user: "alice", host: "build-1", toolVersion: "0.1.0",
            blueprintHashes: ["blueprints/lake.swift": "abc123"], summary: "one"
        ))
        #expect(try state.store.revision(1)?.artifacts["medium/a.yaml"]?.contents == "v1")
        #expect(try state.store.revision(2)?.artifacts["medium/a.yaml"]?.contents == "v2")
        #expect(try state.store.revision(3)?.artifacts.keys.sorted() == ["medium/helmfile.yaml"])
        #expect(try state.store.current().serial == 3)
        #expect(try blobCount(state.store) == 3)
    }

    @Test(arguments: StateBackend.available)
    func twoPathsWithOneContentAndAnEmptyRevision(_ backend: StateBackend) throws {
        let state = try TemporaryState(backend)
        defer { state.cleanUp() }
        let lineage = try state.store.current().lineage
        _ = try state.store.commit(
            artifacts: [artifact("a.yaml", "same"), artifact("b.yaml", "same")], expectedLineage: lineage, expectedSerial: 0,
            info: draft("twins"))
        _ = try state.store.commit(artifacts: [], expectedLineage: lineage, expectedSerial: 1, info: draft("nothing left"))
        #expect(try state.store.revision(1)?.artifacts.mapValues(\.contents) == ["a.yaml": "same", "b.yaml": "same"])
        #expect(try state.store.current() == StateSnapshot(lineage: lineage, serial: 2, artifacts: [:]))
        #expect(try blobCount(state.store) == 1)
    }
}
