import LakeModel
import Testing
@testable import Sizing

/// Search clusters survive one data node, get dedicated masters when large, and size platform logs by pods at the horizon.
@Suite struct ServingSearchSweepTests {
    static func searchLake(logs: Int?, retentionDays: Int = 30, growth: Int = 0) -> LakeSpec {
        ServingTestLakes.lake { workload, components in
            workload.logsPerDay = logs.map { Bytes($0) }
            workload.yearlyGrowthPercent = growth
            var search = SearchSpec()
            search.retention = .days(retentionDays)
            components.elasticsearch = search
        }
    }

    static func resolve(_ spec: LakeSpec, pods: Int = 100) -> (search: ResolvedSearch, ledger: Ledger) {
        let ledger = Ledger(lake: spec)
        return (SearchResolver.resolve(spec.components.elasticsearch ?? SearchSpec(), kind: .elasticsearch, pods: pods, ledger), ledger)
    }

    @Test(arguments: [1, 7, 30, 365])
    func diskStaysUnderTheHighWatermarkAfterLosingANode(retentionDays: Int) {
        var logs = 1_000_000_000
        while logs <= 100 * ServingTestLakes.terabyte {
            let search = Self.resolve(Self.searchLake(logs: logs, retentionDays: retentionDays)).search
            let afterLoss = (search.indexBytes.value + search.dataNodes - 2) / (search.dataNodes - 1)
            #expect(Double(afterLoss) < 0.9 * Double(search.diskPerNode.value), "\(Bytes(logs))/day × \(retentionDays) d")
            #expect(Double((search.indexBytes.value + search.dataNodes - 1) / search.dataNodes) <= 0.85 * Double(search.diskPerNode.value))
            logs = logs * 5 / 2
        }
    }

    @Test func dedicatedMastersAppearAboveFiveDataNodes() {
        var sawMasters = false
        var logs = 1_000_000_000
        while logs <= 1_000 * ServingTestLakes.terabyte {
            let search = Self.resolve(Self.searchLake(logs: logs)).search
            #expect((search.masters != nil) == (search.dataNodes > SearchMasterRule.maxDataNodesWithoutMasters), "\(search.dataNodes) data nodes")
            if let masters = search.masters {
                sawMasters = true
                #expect(masters.count == 3)
                #expect(masters.heap.value < masters.resources.memoryLimit.value)
                #expect(search.pods.contains { $0.name == "elasticsearch-master" && $0.replicas == 3 })
            }
            logs *= 4
        }
        #expect(sawMasters)
    }

    @Test func platformLogsComeFromThePodCount() {
        let spec = ServingTestLakes.lake { _, components in components.opensearch = SearchSpec() }
        let ledger = Ledger(lake: spec)
        #expect(SearchResolver.dailyLogs(.opensearch, pods: 240, ledger) == 240 * SearchVolumeRule.platformLogsPerPod)
        #expect(SearchResolver.dailyLogs(.opensearch, pods: 480, Ledger(lake: spec)) == 480 * SearchVolumeRule.platformLogsPerPod)
    }

    @Test func growingLogsAreSizedAtTheHorizon() {
        let flat = Self.resolve(Self.searchLake(logs: ServingTestLakes.terabyte)).search
        let growing = Self.resolve(Self.searchLake(logs: ServingTestLakes.terabyte, growth: 100)).search
        #expect(growing.indexBytes.value > flat.indexBytes.value * 199 / 100, "doubling a year, sized 12 months out")
        #expect(growing.dataNodes > flat.dataNodes)
    }
}

/// Retention from a day to ten years: invariants hold, masters scale with the daily indices, a bound warns.
@Suite struct ServingSearchRetentionTests {
    @Test func invariantsHoldFromADayToTenYears() {
        var previous = 0
        for days in [1, 7, 30, 90, 365, 1_825, 3_650] {
            let spec = ServingSearchSweepTests.searchLake(logs: 100_000_000_000, retentionDays: days)
            let (search, ledger) = ServingSearchSweepTests.resolve(spec)
            var lake = ResolvedLake(spec: spec)
            lake.elasticsearch = search
            Invariants.checkServing(lake, ledger)
            #expect(ServingTestLakes.errorIDs(ledger).isEmpty, "\(days) days")
            #expect(search.dataNodes >= previous, "\(days) days")
            previous = search.dataNodes
        }
    }

    @Test func moreThanAThousandDataNodesWarn() {
        let small = ServingSearchSweepTests.resolve(ServingSearchSweepTests.searchLake(logs: ServingTestLakes.terabyte, retentionDays: 30))
        #expect(!small.ledger.diagnostics.map(\.id).contains("search.dataNodeBound"))
        let huge = ServingSearchSweepTests.resolve(ServingSearchSweepTests.searchLake(logs: ServingTestLakes.terabyte, retentionDays: 3_650))
        #expect(huge.search.dataNodes > SearchMasterRule.maxDataNodes)
        #expect(huge.ledger.diagnostics.map(\.id).contains("search.dataNodeBound"))
    }
}
