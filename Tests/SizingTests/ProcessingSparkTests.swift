import LakeModel
@testable import Sizing
import Testing

/// Spark executors, memory, pins, pods and the heap invariant.
@Suite struct ProcessingSparkTests {
    let mib = ProcessingLake.mib, gib = ProcessingLake.gib

    private func resolve(_ jobs: [SparkJobSpec], _ ledger: Ledger) -> ResolvedSpark { SparkResolver.resolve(SparkSpec(jobs: jobs), ledger) }

    @Test(arguments: SparkJobSpec.Language.allCases)
    func moreBatchVolumeNeverMeansFewerExecutors(language: SparkJobSpec.Language) {
        var previous = 0
        for gigabytes in stride(from: 0, through: 100_000, by: 250) {
            let ledger = ProcessingLake.ledger(batchPerDay: gigabytes * 1_000_000_000)
            let executors = resolve([ProcessingLake.sparkJob("etl", language)], ledger).jobs[0].executors
            #expect(executors >= previous, "\(gigabytes) GB")
            previous = executors
        }
    }

    @Test func aDefaultJobMatchesTheWorkedExamples() throws {
        let ledger = ProcessingLake.ledger()
        let spark = resolve([ProcessingLake.sparkJob()], ledger)
        let job = spark.jobs[0]
        #expect(job.executors == 7 && job.executorCores == 4 && job.maxExecutors == 14)
        #expect(job.executorMemory.value == 14_894 * mib && job.executorOverhead.value == 1_489 * mib)
        #expect(job.driverCores == 1 && job.driverMemory.value == 3_712 * mib && job.driverOverhead.value == 384 * mib)
        let executor = try #require(spark.pods.first { $0.name == "spark-etl-executor" })
        #expect(executor.replicas == 7 && executor.ephemeral && !executor.stateful)
        #expect(executor.resources.memoryLimit == job.executorPodMemory && executor.resources.cpuRequest == .cores(4))
        let driver = try #require(spark.pods.first { $0.name == "spark-etl-driver" })
        #expect(driver.ephemeral && !driver.stateful && driver.resources.memoryLimit.value == 4_096 * mib)
        #expect(ledger.provenance["spark.jobs.etl.inputPerRun"]?.inputs == ["workload.batchPerDay", "spark.jobs.etl.inputShare"])
    }

    @Test func aJobWithoutBatchVolumeGetsTheMinimum() {
        let job = resolve([ProcessingLake.sparkJob()], ProcessingLake.ledger(batchPerDay: nil)).jobs[0]
        #expect(job.executors == 2 && job.maxExecutors == 4)
    }

    @Test func pythonJobsGetTheLargerOverhead() {
        let job = resolve([ProcessingLake.sparkJob("score", .python)], ProcessingLake.ledger()).jobs[0]
        #expect(job.executorMemory.value == 11_702 * mib && job.executorOverhead.value == 4_680 * mib)
        #expect(job.executorPodMemory.value <= 16 * gib)
    }

    @Test func pinsWinAndAreRecordedAsPinned() {
        let pins = [
            PinSpec(key: .sparkExecutors, value: 50, reason: "reserved capacity"), PinSpec(key: .sparkExecutorCores, value: 8),
            PinSpec(key: .sparkExecutorMemory, value: 8 * gib),
        ]
        let ledger = ProcessingLake.ledger(pins: pins)
        let job = resolve([ProcessingLake.sparkJob()], ledger).jobs[0]
        #expect(job.executors == 50 && job.executorCores == 8 && job.executorMemory.value == 8 * gib)
        #expect(job.executorOverhead.value == 819 * mib && job.maxExecutors == 100)
        #expect(ProcessingLake.pinnedRuleValue(ledger, "spark.jobs.etl.executors") == 4)
        #expect(ProcessingLake.pinnedRuleValue(ledger, "spark.jobs.etl.executorCores") == 4)
        #expect(ProcessingLake.pinnedRuleValue(ledger, "spark.jobs.etl.executorMemory") == 29_789 * mib)
    }

    @Test func aHeapFillingItsPodFiresTheInvariant() {
        let ledger = ProcessingLake.ledger()
        var lake = ResolvedLake(spec: ledger.lake)
        var job = resolve([ProcessingLake.sparkJob()], ledger).jobs[0]
        Invariants.checkProcessing(lake, ledger)
        #expect(!ledger.diagnostics.hasErrors)
        job.executorOverhead = Bytes(0)
        lake.spark = ResolvedSpark(jobs: [job], pods: [])
        Invariants.checkProcessing(lake, ledger)
        #expect(ledger.diagnostics.errors.map(\.address) == ["lake.test.spark.jobs.etl.executorMemory"])
    }
}
