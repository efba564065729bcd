import LakeModel
@testable import Sizing
import Testing

/// Flink's TaskManager memory model: exact sums, Flink's own rounding, version caps, and the invariant.
@Suite struct ProcessingFlinkMemoryTests {
    let gib = ProcessingLake.gib, mib = ProcessingLake.mib

    @Test(arguments: [FlinkJobSpec.StateBackend.rocksdb, .hashmap], ["1.16", "1.20"])
    func partsSumExactlyToTheProcessSize(backend: FlinkJobSpec.StateBackend, version: String) {
        for process in stride(from: gib, through: 64 * gib, by: 256 * mib) {
            let memory = FlinkMemoryRule.memory(process: process, backend: backend, version: version)
            #expect(memory.sumOfParts.value == process, "\(process) bytes, \(backend), \(version)")
            #expect(memory.taskHeap.value > 0 && memory.heap.value < process)
            #expect((192 * mib...gib).contains(memory.jvmOverhead.value))
            #expect(memory.network.value >= 64 * mib && (version == "1.20" || memory.network.value <= gib))
            #expect(backend == .rocksdb || memory.managed.value == 0)
        }
    }

    @Test func fourGiBMatchesFlinksOwnDerivationToTheByte() {
        let memory = FlinkMemoryRule.memory(process: 4 * gib, backend: .rocksdb, version: "1.20")
        #expect(memory.jvmOverhead.value == 429_496_729)
        #expect(memory.totalFlink.value == 3_597_035_111)
        #expect(memory.network.value == 359_703_511)
        #expect(memory.managed.value == 1_438_814_044)
        #expect(memory.taskHeap.value == 1_530_082_100)
    }

    @Test(arguments: [("1.16", true), ("1.16.3", true), ("1.15", true), ("1.17", false), ("1.20", false), ("2.0", false), ("main", false)])
    func networkIsCappedOnlyBefore117(version: String, capped: Bool) {
        #expect((FlinkMemoryRule.networkMaximum(version) == gib) == capped)
    }

    @Test func inconsistentMemoryFiresTheInvariants() {
        let ledger = ProcessingLake.ledger()
        var lake = ResolvedLake(spec: ledger.lake)
        var job = FlinkResolver.resolve(FlinkSpec(jobs: [ProcessingLake.flinkJob(parallelism: 4)]), kafka: nil, ledger).jobs[0]
        job.taskManagerMemory.managed = job.taskManagerMemory.managed + Bytes(mib)
        job.taskManagerMemory.taskHeap = job.taskManagerMemory.process
        lake.flink = ResolvedFlink(jobs: [job], pods: [])
        Invariants.checkProcessing(lake, ledger)
        #expect(ledger.diagnostics.errors.map(\.id) == ["invariant.flinkMemorySum", "invariant.heapExceedsContainer"])
    }
}
