import LakeModel
import Testing
@testable import Sizing

/// Milvus is sized for its vectors at the planning horizon, and the lake's MinIO holds Milvus's files once.
@Suite struct MilvusHorizonTests {
    static let gib = 1 << 30

    static func lake(vectors: Int = 300_000_000, growth: Int = 30, replicas: Int = 2, milvus: Bool = true) -> LakeSpec {
        ServingTestLakes.lake(dataVolume: 30 * ServingTestLakes.terabyte) { workload, components in
            workload.yearlyGrowthPercent = growth
            workload.vectors = VectorSpec(count: vectors, dimensions: 768)
            components.minio = MinIOSpec()
            if milvus {
                var spec = MilvusSpec()
                spec.replicas = replicas
                components.milvus = spec
            }
        }
    }

    @Test func vectorsGrowToTheHorizonBeforeTheQueryNodesAreCounted() throws {
        let (lake, ledger) = ServingTestLakes.resolve(Self.lake())
        let milvus = try #require(lake.milvus)
        #expect(ledger.provenance["milvus.vectorsAtHorizon"]?.value == 390_000_000, "300 M growing 30% a year for 12 months")
        #expect(ledger.provenance["milvus.vectorsAtHorizon"]?.inputs.contains("workload.yearlyGrowth") == true)
        #expect(milvus.indexBytes.value == MilvusIndexRule.hnsw(count: 390_000_000, dimensions: 768, m: 16))
        #expect(milvus.queryNodes == MilvusQueryNodeRule.queryNodes(index: milvus.indexBytes.value, replicas: 2, memory: 64 * Self.gib))
        let flat = try #require(ServingTestLakes.resolve(Self.lake(growth: 0)).lake.milvus)
        #expect(milvus.queryNodes > flat.queryNodes, "growth adds query nodes: \(flat.queryNodes) → \(milvus.queryNodes)")
        #expect(ledger.provenance["milvus.indexBytes"]?.inputs.contains("milvus.vectorsAtHorizon") == true, "explain shows the growth")
    }

    @Test func milvusFilesAreStoredOnceWhateverTheReplicas() throws {
        let one = try #require(ServingTestLakes.resolve(Self.lake(replicas: 1)).lake.milvus)
        let three = try #require(ServingTestLakes.resolve(Self.lake(replicas: 3)).lake.milvus)
        #expect(one.objectStorageBytes == three.objectStorageBytes)
        #expect(one.objectStorageBytes.value == one.vectorBytes.value + one.indexBytes.value, "binlogs and index files")
    }

    @Test func theLakesMinIOHoldsMilvussFiles() throws {
        let (lake, ledger) = ServingTestLakes.resolve(Self.lake())
        let minio = try #require(lake.minio), milvus = try #require(lake.milvus)
        let without = try #require(ServingTestLakes.resolve(Self.lake(milvus: false)).lake.minio)
        #expect(minio.otherStores.value == without.otherStores.value + milvus.objectStorageBytes.value)
        #expect(minio.storedAtHorizon.value == without.storedAtHorizon.value + milvus.objectStorageBytes.value)
        let stored = try #require(ledger.provenance["minio.stored.milvusObjects"])
        #expect(stored.value == milvus.objectStorageBytes.value)
        #expect(stored.inputs == ["milvus.objectStorageBytes"], "explain follows Milvus's own derivation")
        #expect(ledger.provenance["minio.storedAtHorizon"]?.inputs.contains("minio.stored.milvusObjects") == true)
    }
}
