import LakeModel
import Testing
@testable import Sizing

/// The serving invariants hold across wide input ranges: 10 TB…50 PB scanned, 1 M…10 B vectors.
@Suite struct ServingRangeTests {
    @Test(arguments: [10 * ServingTestLakes.terabyte, ServingTestLakes.petabyte, 50 * ServingTestLakes.petabyte])
    func invariantsHoldOverWideRanges(scanned: Int) {
        for vectors in [1_000_000, 100_000_000, 10_000_000_000] {
            for (logs, ingest, users) in [(1_000_000_000, 1_000_000, 20), (ServingTestLakes.terabyte, 100_000_000, 5_000),
                                          (100 * ServingTestLakes.terabyte, 5_000_000_000, 1_000_000)] {
                let spec = ServingTestLakes.everything(scannedPerDay: scanned, vectors: vectors, logsPerDay: logs, ingest: ingest, users: users)
                let (lake, ledger) = ServingTestLakes.resolve(spec)
                #expect(ServingTestLakes.errorIDs(ledger).isEmpty, "\(scanned) scanned, \(vectors) vectors, \(logs) logs/day")
                #expect(lake.podGroups.allSatisfy { $0.replicas > 0 && $0.resources.memoryLimit.value > 0 })
            }
        }
    }

    @Test(arguments: MilvusSpec.Index.allCases)
    func milvusHoldsFromOneMillionToTenBillionVectors(index: MilvusSpec.Index) {
        for count in [1_000_000, 37_000_000, 1_000_000_000, 10_000_000_000] {
            for dimensions in [128, 768, 1_536] {
                let spec = ServingTestLakes.lake { workload, components in
                    workload.vectors = VectorSpec(count: count, dimensions: dimensions)
                    var milvus = MilvusSpec()
                    milvus.index = index
                    milvus.replicas = 2
                    components.milvus = milvus
                }
                #expect(ServingTestLakes.errorIDs(ServingTestLakes.resolve(spec).ledger).isEmpty, "\(count) × \(dimensions)")
            }
        }
    }
}
