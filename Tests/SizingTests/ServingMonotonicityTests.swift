import LakeModel
import Testing
@testable import Sizing

/// More load never yields a smaller cluster.
@Suite struct ServingMonotonicityTests {
    /// 10 TB … 50 PB in steps of about 1.5×.
    static let scans: [Int] = {
        var values: [Int] = []
        var value = 10 * ServingTestLakes.terabyte
        while value <= 50 * ServingTestLakes.petabyte {
            values.append(value)
            value = value * 3 / 2
        }
        return values + [50 * ServingTestLakes.petabyte]
    }()

    @Test func moreScannedDataNeverMeansFewerTrinoWorkers() {
        var previous = 0
        for scanned in Self.scans {
            let spec = ServingTestLakes.lake { workload, components in
                workload.scannedPerDay = Bytes(scanned)
                workload.concurrentQueries = 25
                components.trino = TrinoSpec()
            }
            let workers = TrinoResolver.resolve(TrinoSpec(), Ledger(lake: spec)).workers
            #expect(workers >= previous, "\(Bytes(scanned)) scanned")
            previous = workers
        }
        #expect(previous > 1_000)
    }

    @Test(arguments: MilvusSpec.Index.allCases)
    func moreVectorsNeverMeanFewerQueryNodes(index: MilvusSpec.Index) {
        var previous = 0
        var count = 1_000_000
        while count <= 10_000_000_000 {
            let spec = ServingTestLakes.lake { workload, _ in workload.vectors = VectorSpec(count: count, dimensions: 768) }
            var milvus = MilvusSpec()
            milvus.index = index
            let nodes = MilvusResolver.resolve(milvus, Ledger(lake: spec)).queryNodes
            #expect(nodes >= previous, "\(count) vectors")
            previous = nodes
            count *= 2
        }
    }

    @Test(arguments: [ComponentKind.elasticsearch, .opensearch])
    func moreLogsNeverMeanFewerSearchNodes(kind: ComponentKind) {
        var previous = 0
        var logs = 1_000_000_000
        while logs <= 200 * ServingTestLakes.terabyte {
            let spec = ServingTestLakes.lake { workload, components in
                workload.logsPerDay = Bytes(logs)
                components.opensearch = SearchSpec()
            }
            let nodes = SearchResolver.resolve(SearchSpec(), kind: kind, pods: 100, Ledger(lake: spec)).dataNodes
            #expect(nodes >= previous, "\(Bytes(logs))/day")
            previous = nodes
            logs = logs * 3 / 2
        }
        #expect(previous > 3)
    }

    @Test func moreIngestNeverMeansFewerDruidHistoricals() {
        var previous = (historicals: 0, middleManagers: 0)
        var ingest = 1_000_000
        while ingest <= 10_000_000_000 {
            let spec = ServingTestLakes.lake { workload, _ in workload.ingestRate = BytesPerSecond(ingest) }
            let druid = DruidResolver.resolve(DruidSpec(), kafka: nil, Ledger(lake: spec))
            #expect(druid.historicals >= previous.historicals && druid.middleManagers >= previous.middleManagers, "\(ingest) B/s")
            previous = (druid.historicals, druid.middleManagers)
            ingest *= 2
        }
    }
}
