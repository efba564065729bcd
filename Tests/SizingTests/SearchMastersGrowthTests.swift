import Diagnostics
import LakeModel
@testable import Sizing
import TestSupport
import Testing

/// A search cluster that runs without dedicated masters keeps its data where it is when growth passes the
/// bound: the split into a new data release is a migration, which a warning names instead of planning it.
@Suite struct SearchMastersGrowthTests {
    static func lake(logsPerDay: Int) -> LakeSpec {
        var spec = SampleLakes.spec(data: 100_000_000_000_000, ingest: 10_000_000)
        spec.workload.logsPerDay = Bytes(logsPerDay)
        return spec
    }

    @Test func aRunningClusterWithoutMastersGrowsWithoutSplitting() throws {
        var sequence = GrowthSequence(spec: Self.lake(logsPerDay: 20_000_000_000))
        let small = sequence.apply()
        let recorded = try #require(small.elasticsearch)
        #expect(recorded.masters == nil && recorded.dataNodes <= 5, "the starting cluster is small: \(recorded.dataNodes) data nodes")
        sequence.spec.workload.logsPerDay = Bytes(20_000_000_000_000)
        let (grown, diagnostics) = Resolver.resolve(sequence.spec)
        let search = try #require(grown.elasticsearch)
        #expect(search.dataNodes > 5)
        #expect(search.masters == nil, "the data stays on the master-eligible nodes it runs on")
        #expect(diagnostics.items.contains { $0.id == "search.mastersNeedMigration" })
        #expect(!grown.podGroups.contains { $0.name == "elasticsearch-master" })
    }

    @Test func aNewLakeAboveTheBoundGetsDedicatedMasters() throws {
        let (lake, diagnostics) = Resolver.resolve(Self.lake(logsPerDay: 20_000_000_000_000))
        #expect(try #require(lake.elasticsearch).masters?.count == 3)
        #expect(!diagnostics.items.contains { $0.id == "search.mastersNeedMigration" })
    }
}
