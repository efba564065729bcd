import Diagnostics
import LakeModel
import Testing
@testable import Sizing

/// Druid from 1 MB/s to 5 GB/s and 1 day to 10 years of hot data: caches below volumes, heaps below limits, tasks from the peak.
@Suite struct DruidSizingTests {
    static let day = 86_400

    static func spec(ingest: Int, hotDays: Int = 30, growth: Int = 0, horizon: Int = 12, peak: Int = 100,
                     events: Int? = nil) -> (LakeSpec, DruidSpec) {
        var druid = DruidSpec()
        druid.hotRetention = Seconds(hotDays * day)
        let lake = ServingTestLakes.lake { workload, components in
            workload.ingestRate = BytesPerSecond(ingest)
            workload.eventsPerSecond = events
            workload.peakPercent = peak
            workload.yearlyGrowthPercent = growth
            workload.horizonMonths = horizon
            components.druid = druid
        }
        return (lake, druid)
    }

    static func resolve(_ lake: LakeSpec, _ druid: DruidSpec, kafka: ResolvedKafka? = nil) -> (ResolvedDruid, Ledger) {
        let ledger = Ledger(lake: lake)
        let resolved = DruidResolver.resolve(druid, kafka: kafka, ledger)
        Invariants.checkDruid(resolved, druid, workload: lake.workload, kafka: kafka, ledger)
        return (resolved, ledger)
    }

    static func warnings(_ ledger: Ledger) -> [Diagnostic] { ledger.diagnostics.filter { $0.severity == .warning } }

    static let ingests = [1_000_000, 30_000_000, 1_000_000_000, 5_000_000_000]
    static let hotDays = [1, 30, 365, 3_650]

    @Test(arguments: ingests, hotDays)
    func cachesVolumesAndHeapsHold(ingest: Int, hotDays: Int) {
        let (lake, spec) = Self.spec(ingest: ingest, hotDays: hotDays, growth: 40)
        let (druid, ledger) = Self.resolve(lake, spec)
        #expect(ledger.diagnostics.errors.isEmpty, "\(ledger.diagnostics.errors.map(\.message))")
        #expect(druid.segmentCachePerHistorical < druid.historicalVolume)
        #expect(druid.historicalVolume.value <= DruidHistoricalRule.maxVolume)
        #expect(druid.historical.memoryLimit.value <= DruidHistoricalRule.maxMemory)
        #expect(druid.historicalHeap + druid.historicalDirect < druid.historical.memoryLimit)
        for (heap, resources) in [(druid.historicalHeap, druid.historical), (druid.brokerHeap, druid.broker), (druid.brokerHeap, druid.coordinator),
                                  (druid.routerHeap, druid.router), (druid.zookeeperHeap, druid.zookeeper)] {
            #expect(heap < resources.memoryLimit)
        }
        for pod in druid.pods {
            #expect(pod.resources.cpuRequest.value > 0 && pod.resources.memoryRequest.value > 0, "\(pod.name)")
            #expect(pod.resources.memoryRequest <= pod.resources.memoryLimit, "\(pod.name)")
        }
        #expect(druid.deepStorageBytes.value >= ledger.provenance["druid.hotSegmentBytes"]?.value ?? .max)
    }

    @Test func historicalsGrowWithHotRetention() {
        var previous = 0
        for days in [1, 7, 30, 90, 365, 1_825, 3_650] {
            let (lake, spec) = Self.spec(ingest: 100_000_000, hotDays: days)
            let historicals = Self.resolve(lake, spec).0.historicals
            #expect(historicals >= previous, "\(days) days")
            previous = historicals
        }
        #expect(previous > 100)
    }

    @Test func hotSegmentsAndDeepStorageAreSizedAtTheHorizon() {
        let (flatLake, flatSpec) = Self.spec(ingest: 50_000_000)
        let (grownLake, grownSpec) = Self.spec(ingest: 50_000_000, growth: 40)
        let flat = Self.resolve(flatLake, flatSpec), grown = Self.resolve(grownLake, grownSpec)
        let hot = { (ledger: Ledger) in ledger.provenance["druid.hotSegmentBytes"]?.value ?? 0 }
        #expect(hot(grown.1) == DruidSegmentRule.segmentBytes(ingest: grownLake.workload.atHorizon(50_000_000), retention: 30 * Self.day))
        #expect(hot(grown.1) > hot(flat.1))
        #expect(grown.0.historicals > flat.0.historicals)
        #expect(grown.0.deepStorageBytes > flat.0.deepStorageBytes)
        let (longLake, longSpec) = Self.spec(ingest: 50_000_000, horizon: 24)
        #expect(Self.resolve(longLake, longSpec).0.deepStorageBytes.value == 2 * flat.0.deepStorageBytes.value)
    }

    @Test func aMediumLikeLakeNoLongerTakesAHistoricalPer300GB() {
        let (lake, spec) = Self.spec(ingest: 42_500_000, growth: 40)
        let druid = Self.resolve(lake, spec).0
        #expect(druid.historicals == 57)
        #expect(druid.segmentCachePerHistorical.value > 500_000_000_000)
    }

    @Test func ingestionTasksComeFromThePeakRate() {
        let (flatLake, flatSpec) = Self.spec(ingest: 50_000_000, events: 50_000)
        let (peakLake, peakSpec) = Self.spec(ingest: 50_000_000, peak: 300, events: 50_000)
        let flat = Self.resolve(flatLake, flatSpec).0, peak = Self.resolve(peakLake, peakSpec).0
        #expect(flat.taskCount == 3)
        #expect(peak.taskCount == 7, "⌈150,000 / 22,914⌉")
        #expect(peak.middleManagers * peak.workerCapacity >= 2 * DruidIngestRule.replicas * peak.taskCount)
        #expect(peak.middleManagerDisk > flat.middleManagerDisk || peak.middleManagerDisk == flat.middleManagerDisk)
    }

    @Test func middleManagersLeaveHeadroomAndDiskForTheirTasks() {
        let (lake, spec) = Self.spec(ingest: 127_500_000, events: 127_500)
        let druid = Self.resolve(lake, spec).0
        let peons = DruidMiddleManagerRule.middleManagerHeap + druid.workerCapacity * (druid.peonHeap.value + druid.peonDirect.value)
        #expect(druid.middleManager.memoryLimit.value - peons == (druid.workerCapacity + 1) * DruidMiddleManagerRule.jvmOverhead)
        #expect(druid.middleManagerDisk.value > 4 << 30, "more than the chart's 4Gi")
        #expect(druid.zookeeperReplicas == 3 && druid.routers == 2)
    }

    @Test func fewPartitionsWarn() {
        let (lake, spec) = Self.spec(ingest: 500_000_000, events: 500_000)
        let kafka = ProcessingLake.kafka(topic: "events", partitions: 3)
        var named = spec
        named.source = "events"
        let (druid, ledger) = Self.resolve(lake, named, kafka: kafka)
        #expect(druid.taskCount == 3)
        #expect(Self.warnings(ledger).map(\.id) == ["druid.partitionsLimitIngestion"])
    }

    @Test func absurdHistoricalCountsWarn() {
        let (lake, spec) = Self.spec(ingest: 5_000_000_000, hotDays: 365)
        let (druid, ledger) = Self.resolve(lake, spec)
        #expect(druid.historicals > DruidHistoricalRule.clusterBound)
        let warning = Self.warnings(ledger).first { $0.id == "druid.historicalsAboveBound" }
        #expect(warning?.notes.first?.contains("hotRetention") == true)
    }

    @Test func absurdTrinoClustersWarn() {
        let spec = ServingTestLakes.lake { workload, components in
            workload.concurrentQueries = 100_000
            components.trino = TrinoSpec()
        }
        let ledger = Ledger(lake: spec)
        let trino = TrinoResolver.resolve(TrinoSpec(), ledger)
        #expect(trino.workers > TrinoWorkersRule.clusterBound)
        #expect(Self.warnings(ledger).map(\.id) == ["trino.workersAboveBound"])
    }

    @Test func explainShowsWhichBoundLimitsTheCache() throws {
        let (lake, spec) = Self.spec(ingest: 42_500_000, growth: 40)
        let provenance = Self.resolve(lake, spec).1.provenance
        let limit = try #require(provenance["druid.segmentCacheLimit"])
        #expect(limit.calculation.hasSuffix("memory binds"))
        #expect(provenance["druid.historicals"]?.inputs.contains("druid.segmentCacheLimit") == true)
        #expect(provenance["druid.hotSegmentBytes"]?.inputs == ["druid.ingestAtHorizon", "druid.hotRetention"])
        #expect(provenance["druid.ingestAtHorizon"]?.inputs == ["druid.ingest", "workload.horizon", "workload.yearlyGrowth"])
        #expect(provenance["workload.horizon"]?.value == 12)
    }
}
