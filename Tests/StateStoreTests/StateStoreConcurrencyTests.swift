import Foundation
import Testing
@testable import StateStore

/// Several connections in one process contend like separate processes would: each store has its own pool.
@Suite struct StateStoreConcurrencyTests {
    @Test func concurrentFirstOpensAgreeOnOneLineage() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state.db").path
        let lineages = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<6 {
                group.addTask { try SQLiteStateStore(path: path).current().lineage }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(lineages.count == 1)
    }

    @Test func exactlyOneOfSixContendersGetsTheLock() async throws {
        let state = try TemporaryState()
        defer { state.cleanUp() }
        let stores = try (0..<6).map { _ in try SQLiteStateStore(path: state.path) }
        let winners = try await withThrowingTaskGroup(of: Bool.self) { group in
            for (index, store) in stores.enumerated() {
                group.addTask {
                    do {
                        _ = try store.acquireLock(holder: "contender-\(index)", operation: "apply", timeout: .zero)
                        return true
                    } catch StateError.locked {
                        return false
                    }
                }
            }
            return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(winners == 1)
    }
}
