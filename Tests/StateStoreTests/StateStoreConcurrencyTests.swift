import Foundation
import Testing
import TestSupport
@testable import StateStore

/// Several stores on one state contend like separate processes would: each has its own connections.
@Suite struct StateStoreConcurrencyTests {
    @Test(arguments: StateBackend.available)
    func concurrentFirstOpensAgreeOnOneLineage(_ backend: StateBackend) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let location = try StateLocation(parsing: backend.freshLocation(in: folder))
        let lineages = try onThreads(6) { _ in try location.open(environment: [:]).current().lineage }.map { try $0.get() }
        #expect(Set(lineages).count == 1)
    }

    @Test(arguments: StateBackend.available)
    func exactlyOneOfSixContendersGetsTheLock(_ backend: StateBackend) throws {
        let state = try TemporaryState(backend)
        defer { state.cleanUp() }
        let stores = try (0..<6).map { _ in try state.reopen() }
        let outcomes = onThreads(6) { index in
            try stores[index].acquireLock(holder: "contender-\(index)", operation: "apply", timeout: .zero)
        }
        let winners = outcomes.compactMap { try? $0.get() }
        #expect(winners.count == 1)
        for case let .failure(error) in outcomes {
            #expect(error as? StateError == .locked(by: winners[0]))
        }
    }

    @Test(arguments: StateBackend.available)
    func concurrentCommitsFromOneSerialLeaveOneRevision(_ backend: StateBackend) throws {
        let state = try TemporaryState(backend)
        defer { state.cleanUp() }
        let lineage = try state.store.current().lineage
        let stores = try (0..<4).map { _ in try state.reopen() }
        let outcomes = onThreads(4) { index in
            try stores[index].commit(artifacts: [artifact("a", "\(index)")], expectedLineage: lineage, expectedSerial: 0, info: draft("\(index)"))
        }
        #expect(outcomes.compactMap { try? $0.get() }.count == 1)
        for case let .failure(error) in outcomes {
            #expect(error as? StateError == .stale(expectedSerial: 0, currentSerial: 1))
        }
        #expect(try state.store.history().map(\.serial) == [1])
    }
}
