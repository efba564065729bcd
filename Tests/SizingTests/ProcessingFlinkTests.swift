import LakeModel
@testable import Sizing
import Testing

/// Flink parallelism, max parallelism, TaskManagers, pins and the slot invariant.
@Suite struct ProcessingFlinkTests {
    let gib = ProcessingLake.gib

    @Test func maxParallelismFollowsFlinksBoundsAndNeverShrinks() {
        var previous = 0
        for parallelism in 1...40_000 {
            let value = FlinkMaxParallelismRule.maxParallelism(parallelism)
            #expect(value >= previous && (128...32_768).contains(value) && value & (value - 1) == 0)
            previous = value
        }
    }

    @Test func moreParallelismNeverMeansFewerTaskManagers() {
        var previous = 0
        for parallelism in 1...300 {
            let ledger = ProcessingLake.ledger()
            let flink = FlinkResolver.resolve(FlinkSpec(jobs: [ProcessingLake.flinkJob(parallelism: parallelism)]), kafka: nil, ledger)
            let job = flink.jobs[0]
            #expect(job.taskManagers >= previous && job.taskManagers * job.slotsPerTaskManager >= parallelism)
            previous = job.taskManagers
        }
    }

    @Test func parallelismFollowsTheSourcePartitionsThenThePeak() {
        let fromTopic = FlinkResolver.resolve(FlinkSpec(jobs: [ProcessingLake.flinkJob()]),
                                              kafka: ProcessingLake.kafka(topic: "clicks", partitions: 12), ProcessingLake.ledger())
        #expect(fromTopic.jobs[0].parallelism == 12 && fromTopic.jobs[0].taskManagers == 3)
        #expect(fromTopic.pods.map(\.name) == ["flink-enrich-taskmanager", "flink-enrich-jobmanager"])
        let ledger = ProcessingLake.ledger(ingest: 250_000_000)
        let fromPeak = FlinkResolver.resolve(FlinkSpec(jobs: [ProcessingLake.flinkJob()]), kafka: nil, ledger)
        // Flat 250 MB/s: 25 slots for the rate, but an hour of state (900 GB) needs 36 slots of 25 GB.
        #expect(fromPeak.jobs[0].parallelism == 36)
        #expect(ledger.provenance["flink.jobs.enrich.parallelism"]?.inputs
            == ["workload.ingest", "workload.ingest.peak", "workload.yearlyGrowth", "workload.horizon", "flink.jobs.enrich.state"])
    }

    @Test func explicitParallelismOverThePartitionsIsFlagged() {
        let ledger = ProcessingLake.ledger()
        let flink = FlinkResolver.resolve(FlinkSpec(jobs: [ProcessingLake.flinkJob(parallelism: 16)]),
                                          kafka: ProcessingLake.kafka(topic: "clicks", partitions: 12), ledger)
        #expect(flink.jobs[0].parallelism == 16)
        #expect(ledger.diagnostics.items.map(\.id) == ["flink.parallelismExceedsPartitions"])
        #expect(!ledger.diagnostics.hasErrors)
    }

    @Test func pinsWinAndAreRecordedAsPinned() {
        let pins = [PinSpec(key: .flinkSlots, value: 2), PinSpec(key: .flinkTaskManagerMemory, value: 6 * gib, reason: "node shape")]
        let ledger = ProcessingLake.ledger(pins: pins)
        let job = FlinkResolver.resolve(FlinkSpec(jobs: [ProcessingLake.flinkJob(parallelism: 25)]), kafka: nil, ledger).jobs[0]
        #expect(job.slotsPerTaskManager == 2 && job.taskManagers == 13 && job.taskManagerCPU == .cores(2))
        #expect(job.taskManagerMemory.process.value == 6 * gib && job.taskManagerMemory.sumOfParts.value == 6 * gib)
        #expect(ProcessingLake.pinnedRuleValue(ledger, "flink.jobs.enrich.slots") == 4)
        #expect(ProcessingLake.pinnedRuleValue(ledger, "flink.jobs.enrich.taskManagerMemory") == 8 * gib)
    }

    @Test func tooFewPinnedTaskManagersBreakTheSlotInvariant() {
        let ledger = ProcessingLake.ledger(pins: [PinSpec(key: .flinkTaskManagers, value: 2)])
        var lake = ResolvedLake(spec: ledger.lake)
        lake.flink = FlinkResolver.resolve(FlinkSpec(jobs: [ProcessingLake.flinkJob(parallelism: 25)]), kafka: nil, ledger)
        #expect(ProcessingLake.pinnedRuleValue(ledger, "flink.jobs.enrich.taskManagers") == 7)
        Invariants.checkProcessing(lake, ledger)
        #expect(ledger.diagnostics.errors.map(\.id) == ["invariant.flinkSlots"])
    }


}
