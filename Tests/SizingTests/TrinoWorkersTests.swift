import LakeModel
import Testing
@testable import Sizing

/// Trino workers grow with concurrency and users, and `explain` shows both bounds and which one binds.
@Suite struct TrinoWorkersTests {
    static func resolve(concurrent: Int? = nil, users: Int? = nil, scanned: Int = 100 * ServingTestLakes.terabyte)
        -> (trino: ResolvedTrino, ledger: Ledger)
    {
        let spec = ServingTestLakes.lake { workload, components in
            workload.scannedPerDay = Bytes(scanned)
            workload.concurrentQueries = concurrent
            workload.activeUsers = users
            components.trino = TrinoSpec()
        }
        let ledger = Ledger(lake: spec)
        return (TrinoResolver.resolve(TrinoSpec(), ledger), ledger)
    }

    @Test func workersGrowStrictlyWithConcurrentQueries() {
        var previous = 0
        var concurrent = 50
        while concurrent <= 100_000 {
            let workers = Self.resolve(concurrent: concurrent).trino.workers
            #expect(workers > previous, "\(concurrent) concurrent queries")
            previous = workers
            concurrent *= 2
        }
    }

    @Test func workersGrowWithActiveUsersWhenConcurrencyIsNotGiven() {
        var previous = 0
        var users = 10_000
        while users <= 1_000_000 {
            let workers = Self.resolve(users: users).trino.workers
            #expect(workers > previous, "\(users) users")
            previous = workers
            users *= 2
        }
    }

    @Test func givenConcurrencyWinsOverUsers() {
        #expect(Self.resolve(concurrent: 200, users: 1_000_000).trino.workers == Self.resolve(concurrent: 200).trino.workers)
    }

    @Test func concurrencyNoLongerCancelsAgainstTheSLA() {
        let few = Self.resolve(concurrent: 200).trino.workers
        let many = Self.resolve(concurrent: 4_000).trino.workers
        #expect(few == 12)
        #expect(many == 224)
    }

    @Test func explainShowsBothBoundsAndWhichBinds() throws {
        let memoryBound = Self.resolve(concurrent: 200).ledger.provenance
        #expect(memoryBound["trino.workers.memoryBound"]?.value == 12)
        #expect(memoryBound["trino.workers.scanBound"]?.value == 5)
        let workers = try #require(memoryBound["trino.workers"])
        #expect(workers.inputs == ["trino.workers.memoryBound", "trino.workers.scanBound"])
        #expect(workers.calculation.hasSuffix("memory binds"))

        let scanBound = Self.resolve(concurrent: 10, scanned: ServingTestLakes.petabyte).ledger.provenance
        #expect(try #require(scanBound["trino.workers"]).calculation.hasSuffix("scan binds"))
    }

    @Test func workersHoldTheConcurrentQueriesMemory() {
        for concurrent in [1, 10, 333, 4_000, 77_777] {
            let trino = Self.resolve(concurrent: concurrent).trino
            let pool = trino.workerHeap.value - trino.heapHeadroomPerNode.value
            #expect(trino.workers * pool >= concurrent * TrinoWorkersRule.memoryPerQuery, "\(concurrent) concurrent queries")
        }
    }

    @Test func invariantsAndMonotonicityFromTenTerabytesToFiftyPetabytesAndOneToAMillionUsers() {
        let volumes = [10 * ServingTestLakes.terabyte, 200 * ServingTestLakes.terabyte, 5 * ServingTestLakes.petabyte, 50 * ServingTestLakes.petabyte]
        let users = [1, 300, 50_000, 1_000_000]
        var byVolume = Array(repeating: 0, count: users.count)
        for volume in volumes {
            var previous = 0
            for (index, count) in users.enumerated() {
                let spec = ServingTestLakes.lake(dataVolume: volume) { workload, components in
                    workload.activeUsers = count
                    components.trino = TrinoSpec()
                }
                let ledger = Ledger(lake: spec)
                let trino = TrinoResolver.resolve(TrinoSpec(), ledger)
                Invariants.checkTrino(trino, ledger)
                #expect(ledger.diagnostics.errors.isEmpty, "\(Bytes(volume)), \(count) users")
                #expect(trino.workers >= previous && trino.workers >= byVolume[index], "\(Bytes(volume)), \(count) users")
                #expect(trino.coordinatorHeap < trino.coordinator.memoryLimit && trino.maxMemory.value == trino.maxMemoryPerNode.value * trino.workers)
                previous = trino.workers
                byVolume[index] = trino.workers
            }
        }
    }
}
