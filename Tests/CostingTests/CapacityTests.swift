import Costing
import LakeModel
import Testing

/// The capacity model reads the resolved lake: storage fill and runway, pools, disks and vectors.
@Suite struct CapacityTests {
    @Test func largeTierCapacity() throws {
        let lake = try CostingFixtures.tier("large")
        let capacity = CapacityModel.measure(lake)
        let storage = try #require(capacity.storage)
        let minio = try #require(lake.minio)
        #expect(storage.data == .terabytes(10_000))
        #expect(storage.raw == minio.rawCapacity && storage.usable == minio.usableCapacity)
        #expect(storage.fillBasisPoints <= storage.fillTargetPercent * 100)
        #expect(storage.drives == minio.nodes * minio.drivesPerNode)
        #expect(storage.runwayMonths == minio.runwayMonths)
        #expect(capacity.totalNodes == lake.nodePools.reduce(0) { $0 + $1.nodes })
        #expect(capacity.totalCPU.value == (lake.podGroupsAtPeak + lake.daemonSetPods).reduce(0) { $0 + $1.resources.cpuRequest.value * $1.replicas })
        #expect(capacity.totalCPU == Millicores(lake.nodePools.reduce(0) { $0 + $1.requestedCPU.value }), "components add up to the pools")
        for pool in capacity.nodePools {
            #expect(pool.requestedCPU <= pool.allocatableCPU && pool.requestedMemory <= pool.allocatableMemory, "\(pool.name)")
            #expect((0...10_000).contains(pool.cpuHeadroomBasisPoints))
        }
        let kafka = try #require(capacity.kafka)
        #expect(kafka.nodes == lake.kafka?.brokers)
        #expect(kafka.useBasisPoints <= 7_000, "the broker disks are sized for at most 70% fill")
        #expect(capacity.search.map(\.component) == [.elasticsearch, .opensearch])
        #expect(capacity.search.allSatisfy { $0.useBasisPoints <= 8_500 }, "under the 85% low watermark")
        let vectors = try #require(capacity.vectors)
        #expect(vectors.index > vectors.vectors)
        #expect(vectors.useBasisPoints < 9_000, "Milvus refuses loads beyond 90% of query-node memory")
    }

    @Test func smallTierHasNoSearchOrVectors() throws {
        let capacity = CapacityModel.measure(try CostingFixtures.tier("small"))
        #expect(capacity.search.isEmpty && capacity.vectors == nil)
        #expect(capacity.components.map(\.component) == [.minio, .postgres, .kafka, .spark, .airflow, .trino, .monitoring])
    }
}
